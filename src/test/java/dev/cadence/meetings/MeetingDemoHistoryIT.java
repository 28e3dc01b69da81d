package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's quarter of 1:1s is loaded through the ordinary services, with the clock set to when each step happened. */
@CadenceIntegrationTest
class MeetingDemoHistoryIT {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    PersonService people;

    @Test
    void theDemosPastMeetingsRanWhenTheyWereScheduledAndWereNotFilledFromTodaysData() {
        CadenceUser ceo = people.principalOf("ceo");
        long demoSeries = seriesService.allSeries().stream().filter(s -> s.name().equals("CEO–CRO weekly 1:1")).findFirst()
                .orElseThrow().id();
        List<MeetingSummary> past = seriesService.meetingsOf(demoSeries, ceo).stream().filter(MeetingSummary::closed).toList();
        assertThat(past).hasSize(12);
        for (MeetingSummary m : past) {
            MeetingPage page = meetings.page(m.id(), ceo);
            // Started within a quarter of an hour of 09:00 and closed within the next hour and a half, as that week went.
            assertThat(page.startedAt()).as(m.label()).isBetween(m.instant(), m.instant().plus(Duration.ofMinutes(15)));
            assertThat(page.endedAt()).as(m.label()).isAfter(page.startedAt()).isBefore(m.instant().plus(Duration.ofMinutes(90)));
            assertThat(page.sections().get(0).items()).as(m.label()).isNotEmpty().noneMatch(ItemView::fromData);
            // Decided that day (the application clock's zone may put the date a day either side of the series').
            LocalDate day = m.startsAt().toLocalDate();
            assertThat(page.decisions()).extracting(DecisionSummary::decidedOn).as(m.label())
                    .allMatch(d -> !d.isBefore(day.minusDays(1)) && !d.isAfter(day.plusDays(1)));
        }
    }
}
