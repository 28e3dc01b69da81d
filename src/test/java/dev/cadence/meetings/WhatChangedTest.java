package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.CellView;
import dev.cadence.scorecard.Direction;
import dev.cadence.scorecard.GovernanceStatus;
import dev.cadence.scorecard.Indicator;
import dev.cadence.scorecard.MetricStatus;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.ScorecardRow;
import dev.cadence.scorecard.ScorecardSection;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.scorecard.ScorecardView;
import dev.cadence.scorecard.Sparkline;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What "what changed" reports from the scorecard: for a weekly series, the last complete week against the week before;
 * for a monthly one (the GTM council), the last complete period against where the metric stood when the previous
 * council met, whatever the metric's cadence.
 */
class WhatChangedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 7 Dec 2026: the week under way is W50; W49 (30 Nov – 6 Dec) is the last complete one. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final ScorecardService scorecard = mock(ScorecardService.class);
    private final CompanyService company = mock(CompanyService.class);
    private final DecisionService decisions = mock(DecisionService.class);
    private final ActionItemRepository actions = mock(ActionItemRepository.class);
    private final WhatChanged filler = new WhatChanged(scorecard, company, decisions, actions, java.util.List.of());

    private final MeetingSeries weekly = series(new MeetingSeries("1:1", MeetingKind.ONE_ON_ONE,
            Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(9, 0), NEW_YORK, 60), Set.of(1L, 2L), "Maya Chen, Daniel Okafor", "1:1"));
    private final MeetingSeries council = series(new MeetingSeries("Council", MeetingKind.GTM_COUNCIL,
            new Schedule(Frequency.MONTHLY, DayOfWeek.TUESDAY, WeekOfMonth.FIRST, LocalTime.of(10, 0), NEW_YORK, 90),
            Set.of(1L, 2L, 3L), "Maya Chen, Daniel Okafor, Priya Raman", "Council"));

    WhatChangedTest() {
        when(company.segments()).thenReturn(List.of());
        when(decisions.reopenedBetween(any(), any())).thenReturn(List.of());
        when(actions.findOverdue(anyLong(), any())).thenReturn(List.of());
    }

    @Test
    void aMonthlyCouncilSeesAMoveSinceThePreviousCouncilThatAWeeklyMeetingDoesNot() {
        // On track to W44 (26 Oct – 1 Nov), at risk W45 to W46, off track from W47; the previous council met on Tue 3 Nov,
        // when W44 was the last complete week.
        List<Period> weeks = Periods.trailing(Cadence.WEEKLY, TODAY, 13, 2);
        scorecardWith(new ScorecardSection(Cadence.WEEKLY, weeks, List.of(row("Win rate", weeks,
                i -> weeks.get(i).end().isBefore(LocalDate.of(2026, 11, 9)) ? MetricStatus.ON_TRACK
                        : weeks.get(i).end().isBefore(LocalDate.of(2026, 11, 23)) ? MetricStatus.AT_RISK : MetricStatus.OFF_TRACK))));

        List<SectionFiller.Entry> monthly = filler.entries(council, meeting(council, "2026-12-08T15:00:00Z"),
                Instant.parse("2026-11-03T15:00:00Z"), Instant.now(), null);
        assertThat(monthly).singleElement().satisfies(e -> {
            assertThat(e.figures()).isEqualTo(new MetricFigures("Win rate", "W44", "W49", "31", "31", "40",
                    MetricStatus.ON_TRACK, MetricStatus.OFF_TRACK));
            assertThat(e.figures().worse()).isTrue();
            assertThat(e.text()).startsWith("Win rate: 31 (W44) → 31 (W49), target 40; on track → off track.");
        });

        // The weekly 1:1 compares W49 with W48: both off track, so no row, only the metric named among those still off track.
        List<SectionFiller.Entry> weeklyEntries = filler.entries(weekly, meeting(weekly, "2026-12-08T14:00:00Z"),
                Instant.parse("2026-12-01T14:00:00Z"), Instant.now(), null);
        assertThat(weeklyEntries).singleElement().satisfies(e -> {
            assertThat(e.figures()).isNull();
            assertThat(e.text()).isEqualTo("Still off track, no change of status: Win rate.");
        });
    }

    @Test
    void aMonthlyMetricMovesOnceForTheCouncilNotEveryWeek() {
        // Monthly values: November (the last complete month) off track, October on track.
        List<Period> months = Periods.trailing(Cadence.MONTHLY, TODAY, 13, 2);
        scorecardWith(new ScorecardSection(Cadence.MONTHLY, months, List.of(row("Gross revenue churn", months,
                i -> months.get(i).key().equals("2026-11") ? MetricStatus.AT_RISK : MetricStatus.ON_TRACK))));

        // The council of 1 Dec looked back to 3 Nov: October was the last month complete then, November now.
        assertThat(filler.entries(council, meeting(council, "2026-12-01T15:00:00Z"), Instant.parse("2026-11-03T15:00:00Z"),
                Instant.now(), null)).extracting(SectionFiller.Entry::text).singleElement().asString()
                .startsWith("Gross revenue churn: 31 (Oct 2026) → 31 (Nov 2026), target 40; on track → at risk.");
        // The next council (5 Jan) looks back to 1 Dec, when November was already complete: nothing moved since.
        assertThat(filler.entries(council, meeting(council, "2027-01-05T15:00:00Z"), Instant.parse("2026-12-01T15:00:00Z"),
                Instant.now(), null)).isEmpty();
    }

    private void scorecardWith(ScorecardSection section) {
        when(scorecard.scorecard(isNull(), any())).thenReturn(new ScorecardView(List.of(section), List.of(), null, 1, 0, false, false));
    }

    private static ScorecardRow row(String name, List<Period> periods, IntFunction<MetricStatus> status) {
        MetricView metric = new MetricView(1, "metric", name, "", "", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER,
                periods.get(0).cadence(), 1, "Owner", Indicator.LEADING, "Pipeline", false, BigDecimal.TEN, "Test",
                GovernanceStatus.APPROVED, 1, Instant.EPOCH, 0);
        List<CellView> cells = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            boolean current = i == periods.size() - 1;
            MetricStatus s = current ? MetricStatus.NO_VALUE : status.apply(i);
            cells.add(new CellView("metric", p.key(), p.label(), p.longLabel(), null, current ? null : BigDecimal.valueOf(31),
                    current ? null : "31", s, null, BigDecimal.valueOf(40), "40", null, null, null, current, false));
        }
        return new ScorecardRow(metric, "40", cells, new Sparkline("", "0", "0", 0, 0), true, false, false);
    }

    private static Meeting meeting(MeetingSeries series, String at) {
        Meeting meeting = new Meeting(series.getId(), Instant.parse(at));
        ReflectionTestUtils.setField(meeting, "id", 99L);
        return meeting;
    }

    private static MeetingSeries series(MeetingSeries series) {
        ReflectionTestUtils.setField(series, "id", 7L);
        return series;
    }
}
