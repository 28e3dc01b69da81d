package dev.cadence.home;

import dev.cadence.boardpack.BoardPackService;
import dev.cadence.charter.CharterService;
import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.forecast.CallAsOf;
import dev.cadence.forecast.CallFigures;
import dev.cadence.forecast.ForecastService;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.ActionItemView;
import dev.cadence.meetings.MeetingPreparation;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.Role;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.scorecard.CellView;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricStatus;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.MissingValue;
import dev.cadence.scorecard.ScorecardRow;
import dev.cadence.scorecard.ScorecardSection;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.scorecard.ScorecardView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Gathers Home from the features' public services: a leader's cockpit (the scorecard's alerts, what waits for their
 * decision, this week's meetings and their preparation, overdue action items, the forecast call's change) or the
 * board's (the scorecard's summary, the latest messages to the org and decisions). Each part is one to three
 * statements, whatever the history; the scorecard's part comes from its cache.
 */
@Service
class HomeService {

    /** Enough to act on from Home; the full lists are one click away. */
    static final int MOST_ALERTS = 6;
    static final int MOST_WAITING = 5;
    static final int MOST_MESSAGES = 3;
    static final int MOST_DECISIONS = 5;

    private final PersonService people;
    private final ScorecardService scorecard;
    private final MetricDefinitionService definitions;
    private final DecisionService decisions;
    private final CharterService charter;
    private final MeetingQueryService meetings;
    private final ActionItemService actionItems;
    private final ForecastService forecast;
    private final CompanyService company;
    private final BoardPackService boardPacks;
    private final Clock clock;

    HomeService(PersonService people, ScorecardService scorecard, MetricDefinitionService definitions, DecisionService decisions,
                CharterService charter, MeetingQueryService meetings, ActionItemService actionItems, ForecastService forecast,
                CompanyService company, BoardPackService boardPacks, Clock clock) {
        this.people = people;
        this.scorecard = scorecard;
        this.definitions = definitions;
        this.decisions = decisions;
        this.charter = charter;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.forecast = forecast;
        this.company = company;
        this.boardPacks = boardPacks;
        this.clock = clock;
    }

    /** A leader's Home: everyone who is not only a board member. */
    LeaderHome leader(CadenceUser me) {
        LocalDate today = LocalDate.now(clock);
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        ScorecardView card = scorecard.scorecard(null, me);

        List<MeetingPreparation> open = meetings.preparationFor(me.personId());
        List<MeetingPreparation> thisWeek = open.stream().filter(p -> !p.meeting().startsAt().toLocalDate().isAfter(weekEnd)).toList();
        List<MeetingPreparation> later = open.stream().filter(p -> p.meeting().startsAt().toLocalDate().isAfter(weekEnd)).toList();

        List<ActionItemView> mine = actionItems.openActionItemsOwnedBy(me.personId());
        List<ActionItemView> overdue = mine.stream().filter(ActionItemView::overdue).toList();

        boolean ownsMetrics = card.sections().stream().flatMap(s -> s.rows().stream())
                .anyMatch(r -> r.metric().ownerId() == me.personId());
        return new LeaderHome(pulse(card),
                decisions.awaitingDecisionBy(me.personId(), MOST_WAITING),
                card.canGovern() ? definitions.pendingProposals() : List.of(),
                me.hasRole(Role.CEO) ? charter.waitingProposals() : List.of(),
                thisWeek, later, overdue, mine.size() - overdue.size(),
                forecastChange(today), ownsMetrics, ownsMetrics ? owed(card, me) : List.of(),
                people.leadershipTeam());
    }

    /** The board's Home: the scorecard's summary, the latest messages to the org and decisions, the latest board pack. */
    BoardHome board(CadenceUser me) {
        return new BoardHome(pulse(scorecard.scorecard(null, me)), meetings.latestMessages(MOST_MESSAGES),
                decisions.latestDecided(MOST_DECISIONS), boardPacks.latestFinal().orElse(null));
    }

    /**
     * Each approved metric judged on its latest company-wide value: the period under way when its value is in, else the
     * one before (values come in during the week).
     */
    static ScorecardPulse pulse(ScorecardView card) {
        List<MetricAlert> alerts = new ArrayList<>();
        int onTrack = 0;
        int atRisk = 0;
        int offTrack = 0;
        int unjudged = 0;
        for (ScorecardSection section : card.sections()) {
            for (ScorecardRow row : section.rows()) {
                List<CellView> cells = row.cells();
                int latest = cells.size() - 1;
                if (latest > 0 && cells.get(latest).value() == null) {
                    latest--;
                }
                CellView cell = cells.get(latest);
                CellView before = latest > 0 && cells.get(latest - 1).value() != null ? cells.get(latest - 1) : null;
                switch (cell.status()) {
                    case ON_TRACK -> onTrack++;
                    case AT_RISK -> atRisk++;
                    case OFF_TRACK -> offTrack++;
                    default -> unjudged++;
                }
                if (cell.status() == MetricStatus.OFF_TRACK || cell.status() == MetricStatus.AT_RISK) {
                    alerts.add(new MetricAlert(row.metric().key(), row.metric().name(), row.metric().ownerName(), cell.status(),
                            cell.formatted(), cell.target(), cell.periodLabel(), before == null ? null : before.status(),
                            before == null ? null : before.periodLabel()));
                }
            }
        }
        // Worst first; among equals, what got worse this period first; otherwise the scorecard's order.
        List<MetricAlert> sorted = alerts.stream()
                .sorted(Comparator.comparingInt((MetricAlert a) -> -MetricAlert.severity(a.status()))
                        .thenComparing(a -> !a.worsened()))
                .toList();
        return new ScorecardPulse(sorted.size() > MOST_ALERTS ? sorted.subList(0, MOST_ALERTS) : sorted, onTrack, atRisk,
                offTrack, unjudged, onTrack + atRisk + offTrack + unjudged);
    }

    /** The metrics this person owns whose value for the period under way is not in yet (from the scorecard already read). */
    private static List<MissingValue> owed(ScorecardView card, CadenceUser me) {
        List<MissingValue> owed = new ArrayList<>();
        for (ScorecardSection section : card.sections()) {
            for (ScorecardRow row : section.rows()) {
                if (row.metric().ownerId() == me.personId() && row.currentMissing()) {
                    CellView current = row.cells().get(row.cells().size() - 1);
                    owed.add(new MissingValue(row.metric().key(), row.metric().name(), current.periodKey(), current.periodLongLabel()));
                }
            }
        }
        return owed;
    }

    /** The call for the quarter under way, all segments together, against last week's. */
    private ForecastChange forecastChange(LocalDate today) {
        FiscalQuarter quarter = FiscalQuarter.of(today, company.profile().fiscalYearStartMonth());
        CallAsOf call = forecast.callAsOf(quarter, today);
        CallFigures total = call.total();
        boolean calledThisWeek = total.thisWeek() != null && total.thisWeek().week() == call.week();
        CallFigures shown = calledThisWeek ? total : null;
        return new ForecastChange(quarter.key(), quarter.label(), call.week(), calledThisWeek,
                total.thisWeek() == null ? null : money(total.thisWeek().commit()),
                shown == null ? null : change(shown.commitChange()), shown == null ? 0 : sign(shown.commitChange()),
                total.thisWeek() == null ? null : money(total.thisWeek().bestCase()),
                shown == null ? null : change(shown.bestCaseChange()), shown == null ? 0 : sign(shown.bestCaseChange()),
                money(total.target()), money(total.closedWon()));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : MetricUnit.CURRENCY.format(amount);
    }

    private static String change(BigDecimal change) {
        if (change == null) {
            return null;
        }
        return change.signum() == 0 ? "unchanged" : (change.signum() > 0 ? "+" : "") + MetricUnit.CURRENCY.format(change);
    }

    private static int sign(BigDecimal change) {
        return change == null ? 0 : change.signum();
    }
}
