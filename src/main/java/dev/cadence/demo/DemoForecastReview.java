package dev.cadence.demo;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionService;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.ActionItemView;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingRatingService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.MeetingSummary;
import dev.cadence.meetings.SectionView;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.web.ApplicationClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brightline's weekly forecast & pipeline review (CEO, CRO, CFO, VP CS, RevOps), Mondays 11:00 New York, after
 * RevOps loads the week's pipeline snapshot: the last four weeks closed — the call, what moved, the deals that moved
 * (Northwind pushed out of the quarter three weeks ago, Helix Bank two weeks ago), coverage, NRR, decisions into the
 * log, action items and each week's message — and this week's meeting in preparation. Its panels show each week's
 * pipeline as it stood that Monday, and the value-driver tree's levers off their assumptions. Loaded once, after the
 * pipeline; a database that has the series already keeps its agenda as it was made (a series' agenda is its own:
 * the demo never rewrites it), so the drivers' panel shows in series made since it exists.
 */
@Component
@Profile("!prod")
@Order(60)
class DemoForecastReview implements ApplicationRunner {

    static final String SERIES = "Forecast & pipeline review";
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoForecastReview.class);

    /** The sections of the template, in order. */
    private static final int CALL = 0;
    private static final int WHAT_MOVED = 1;
    private static final int DEALS = 2;
    private static final int COVERAGE = 3;
    private static final int NRR = 4;
    private static final int DRIVERS = 5;
    private static final int MESSAGE = 6;

    private final MeetingSeriesService series;
    private final MeetingQueryService meetings;
    private final MeetingCommandService commands;
    private final MeetingRatingService ratings;
    private final ActionItemService actionItems;
    private final DecisionService decisions;
    private final PersonService people;
    private final TransactionTemplate transaction;
    private final ApplicationClock clock;

    DemoForecastReview(MeetingSeriesService series, MeetingQueryService meetings, MeetingCommandService commands,
                       MeetingRatingService ratings, ActionItemService actionItems, DecisionService decisions, PersonService people,
                       TransactionTemplate transaction, ApplicationClock clock) {
        this.series = series;
        this.meetings = meetings;
        this.commands = commands;
        this.ratings = ratings;
        this.actionItems = actionItems;
        this.decisions = decisions;
        this.people = people;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A talking point: the section, who raised it, the text. */
    private record Point(int section, String author, String text) {
    }

    private record Action(String text, String owner, boolean stillOpen) {
    }

    private record Decision(String title, String decision, String rationale, String decider, String area, String message) {
    }

    /**
     * How each past week went, oldest first: minutes after 11:00 it started and closed (60 planned), in how many days its
     * action items were due (all ticked at the next review), and the ratings of the CEO, CRO, CFO, VP CS and RevOps (the
     * week Northwind slipped ran long and rated low).
     */
    private static final int[] STARTED = {1, 6, 2, 0};
    private static final int[] ENDED = {55, 68, 60, 57};
    private static final int[] DUE_IN_DAYS = {7, 7, 4, 7};
    private static final int[][] RATES = {{7, 8, 6, 7, 7}, {5, 6, 4, 6, 5}, {7, 8, 7, 7, 8}, {8, 8, 7, 8, 9}};

    /** One past week; {@code decision} may be null. */
    private record Week(List<Point> points, List<Action> actions, Decision decision, String message) {
    }

    /** Four weeks ago to last week: the slips of the last three weeks as the team discussed them. */
    private static final List<Week> WEEKS = List.of(
            new Week(List.of(
                    new Point(CALL, "cro", "First call of the quarter: enterprise commit includes Northwind ($420K) and Helix Bank ($380K)."),
                    new Point(WHAT_MOVED, "revops", "Quarter opened with a clean pipeline: closed-lost deals from last quarter are out of the export."),
                    new Point(DEALS, "cro", "Northwind moved its close date within the quarter once already; procurement wants a 3-year price lock."),
                    new Point(COVERAGE, "cfo", "Two deals are a third of enterprise commit: what is the call without them?"),
                    new Point(NRR, "vpcs", "Globex renewal ($420K) is yellow: their new CFO is reviewing every vendor.")),
                    List.of(new Action("Mutual close plans for Northwind and Helix Bank, signed by the buyer", "cro", false),
                            new Action("Add push count to the weekly pipeline export review", "revops", false)),
                    null,
                    "The quarter's call is set; two enterprise deals carry a third of it. Every enterprise commit above $250K gets a mutual close plan this week."),
            new Week(List.of(
                    new Point(CALL, "cro", "Enterprise commit down $420K: Northwind is out of the quarter."),
                    new Point(WHAT_MOVED, "revops", "Most of what was pushed out of the quarter this week is Northwind."),
                    new Point(DEALS, "cro", "Northwind pushed a second time, to late February, and back to Solution fit: their CIO left."),
                    new Point(DEALS, "cfo", "Helix Bank still shows commit for January: what has the buyer actually signed?"),
                    new Point(COVERAGE, "revops", "Enterprise coverage for the quarter drops below 3× without Northwind."),
                    new Point(NRR, "vpcs", "Two SMB logos churning at month end; both already in the at-risk list.")),
                    List.of(new Action("Executive sponsor call with Northwind's new CIO", "ceo", false),
                            new Action("Enterprise pipeline generation plan for next quarter", "cro", true)),
                    new Decision("Northwind out of this quarter's commit",
                            "Northwind ($420K) comes out of the enterprise commit for this quarter; it is forecast at best case for February.",
                            "Pushed twice, back to Solution fit, and no close plan the buyer agreed: commit means a date the buyer agreed, not hope.",
                            "cro", "The forecast call",
                            "We took Northwind out of this quarter's call. Commit means a date the buyer agreed; we call what we can defend."),
                    "Northwind is out of this quarter's call. Commit means a date the buyer agreed to; account teams re-check every enterprise commit this week."),
            new Week(List.of(
                    new Point(CALL, "cro", "Enterprise commit down again: Helix Bank ($380K) slips into next quarter."),
                    new Point(WHAT_MOVED, "revops", "Pushed out again this week, and again mostly one enterprise deal: Helix Bank."),
                    new Point(DEALS, "cro", "Helix Bank: their security review restarts under a new CISO; they now target late February."),
                    new Point(DEALS, "ceo", "Both slips were enterprise deals above $350K with one champion each. Is that our pattern?"),
                    new Point(COVERAGE, "cfo", "With both out, the quarter needs mid-market to over-deliver: what is its best case?"),
                    new Point(NRR, "vpcs", "Expansion forecast holds; contraction risk in two mid-market accounts after layoffs.")),
                    List.of(new Action("Multi-threading review of every enterprise deal above $250K", "cro", false),
                            new Action("Q4 call with and without the two slips, for the board update", "cfo", true)),
                    new Decision("Mutual close plan required for enterprise commit",
                            "An enterprise deal above $250K is commit only with a mutual close plan the buyer agreed and two contacts engaged.",
                            "Northwind and Helix both slipped with a single champion and no agreed plan; the rule makes commit mean the same thing in every team.",
                            "cro", "The forecast call",
                            "From today, enterprise deals above $250K count as commit only with a close plan the buyer agreed and two engaged contacts."),
                    "Helix Bank moved to next quarter. We now call enterprise commit only with a buyer-agreed close plan and two engaged contacts."),
            new Week(List.of(
                    new Point(CALL, "cro", "Call steady this week; mid-market commit up, enterprise unchanged after the re-check."),
                    new Point(WHAT_MOVED, "revops", "A quiet week: nothing pushed out of the quarter; the wins are most of what left it."),
                    new Point(DEALS, "cro", "Northwind's new CIO took the sponsor call: a February signature is realistic."),
                    new Point(COVERAGE, "cmo", "Partner referrals are the best-converting source this quarter; we shift event budget to them."),
                    new Point(NRR, "vpcs", "Globex renewal escalated: the save plan is a 2-year price hold against a 10% seat reduction.")),
                    List.of(new Action("Globex save plan reviewed with the CFO before the renewal call", "vpcs", true)),
                    new Decision("At-risk renewals above $200K escalate within 48 hours",
                            "A renewal above $200K marked at risk goes to the VP CS and the CRO within 48 hours, with a save plan.",
                            "Globex was yellow for three weeks before anyone outside CS saw it.",
                            "vpcs", "At-risk escalation",
                            "Renewals above $200K at risk reach the VP CS and the CRO within 48 hours, with a save plan."),
                    "The quarter's call holds after the enterprise re-check. Large at-risk renewals now reach the CRO within two days."));

    @Override
    public void run(ApplicationArguments args) {
        if (series.allSeries().stream().anyMatch(s -> s.name().equals(SERIES))) {
            return;
        }
        Map<String, CadenceUser> team = new LinkedHashMap<>();
        for (String username : List.of("ceo", "cro", "cfo", "vpcs", "revops")) {
            team.put(username, people.principalOf(username));
        }
        CadenceUser cro = team.get("cro");
        CadenceUser revops = team.get("revops");
        Map<String, Long> areas = decisions.areas().stream()
                .collect(Collectors.toMap(DecisionAreaSummary::name, DecisionAreaSummary::id));
        Set<Long> participants = new LinkedHashSet<>();
        team.values().forEach(p -> participants.add(p.personId()));
        long seriesId = series.createSeries(SERIES, MeetingKind.FORECAST_REVIEW, DayOfWeek.MONDAY, ELEVEN, ZONE, 60,
                participants, AgendaTemplates.forecastReview()).id();

        // Mondays, as the pipeline snapshots: four closed meetings up to last week, this week's in preparation.
        LocalDate thisMonday = LocalDate.now(clock.withZone(ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ActionItemView> open = new ArrayList<>();
        for (int w = 0; w < WEEKS.size(); w++) {
            LocalDate day = thisMonday.minusWeeks(WEEKS.size() - w);
            Instant start = day.atTime(ELEVEN).atZone(ZONE).toInstant();
            Week week = WEEKS.get(w);
            int index = w;
            boolean first = w == 0;
            CadenceUser author = week.decision() == null ? cro : team.get(week.decision().decider());
            RunAs.run(author, () -> transaction.executeWithoutResult(tx -> {
                long m;
                try (ApplicationClock.Scope before = clock.at(start.minus(Duration.ofHours(3)))) {
                    m = (first ? series.createMeetingAt(seriesId, start, cro) : series.ensureNextMeeting(seriesId, cro)).id();
                    List<SectionView> sections = meetings.sectionsOf(m, cro);
                    for (Point p : week.points()) {
                        if (!team.containsKey(p.author())) {
                            // A point from outside the series (the CMO's) is written down by RevOps, who runs the review.
                            commands.addItem(m, sections.get(p.section()).id(), p.text() + " (from the CMO)", false, revops);
                        } else {
                            commands.addItem(m, sections.get(p.section()).id(), p.text(), false, team.get(p.author()));
                        }
                    }
                }
                try (ApplicationClock.Scope started = clock.at(start.plus(Duration.ofMinutes(STARTED[index])))) {
                    commands.start(m, cro);
                    for (ActionItemView carried : List.copyOf(open)) {
                        actionItems.markActionItemDone(m, carried.id(), true, cro);
                        open.remove(carried);
                    }
                }
                try (ApplicationClock.Scope ending = clock.at(start.plus(Duration.ofMinutes(ENDED[index])))) {
                    for (SectionView s : meetings.sectionsOf(m, cro)) {
                        s.items().forEach(i -> commands.markDiscussed(m, i.id(), true, cro));
                    }
                    for (Action a : week.actions()) {
                        ActionItemView added = actionItems.addActionItem(m, a.text(), team.get(a.owner()).personId(),
                                day.plusDays(DUE_IN_DAYS[index]), cro);
                        if (!a.stillOpen()) {
                            open.add(added);
                        }
                    }
                    if (week.decision() != null) {
                        Decision d = week.decision();
                        commands.recordDecision(m, d.title(), d.decision(), d.rationale(), team.get(d.decider()).personId(),
                                areas.get(d.area()), d.message(), null, team.get(d.decider()));
                    }
                    commands.writeMessage(m, week.message(), false, meetings.page(m, cro).messageVersion(), cro);
                    List<CadenceUser> raters = List.copyOf(team.values());
                    ratings.closeAndRate(m, false, RATES[index][1], cro);
                    for (int r = 0; r < raters.size(); r++) {
                        if (raters.get(r) != cro) {
                            ratings.rate(m, RATES[index][r], raters.get(r));
                        }
                    }
                }
            }));
        }

        // This week's review, in preparation: the points people added before Monday's meeting.
        RunAs.run(cro, () -> transaction.executeWithoutResult(tx -> {
            MeetingSummary next = series.ensureNextMeeting(seriesId, cro);
            List<SectionView> sections = meetings.sectionsOf(next.id(), cro);
            commands.addItem(next.id(), sections.get(CALL).id(),
                    "Enterprise call without Northwind and Helix: do we hold the number for the board?", false, team.get("cfo"));
            commands.addItem(next.id(), sections.get(WHAT_MOVED).id(),
                    "Pushes are back this week: is next quarter's enterprise pipeline now over-stated?", false, revops);
            commands.addItem(next.id(), sections.get(DEALS).id(),
                    "Northwind and Helix Bank both close in February now: one executive sponsor each, weekly check-ins.", false, cro);
            commands.addItem(next.id(), sections.get(DEALS).id(),
                    "I want to see the push history of every enterprise deal above $250K before we call it.", true, team.get("ceo"));
            commands.addItem(next.id(), sections.get(COVERAGE).id(),
                    "Enterprise coverage for next quarter: where do the missing pipeline dollars come from?", false, team.get("ceo"));
            commands.addItem(next.id(), sections.get(NRR).id(),
                    "Globex renewal decision due this week; save plan ready.", false, team.get("vpcs"));
            commands.addItem(next.id(), sections.get(DRIVERS).id(),
                    "Mid-market win rate keeps running under the 26% the plan assumes: do we fix it this quarter or reset the plan?",
                    false, team.get("cfo"));
            commands.addItem(next.id(), sections.get(MESSAGE).id(),
                    "Quarter-end message to the sales team: what counts as commit from here.", false, cro);
        }));
        log.info("Loaded the demo forecast & pipeline review: {} past meetings and this week's in preparation.", WEEKS.size());
    }
}
