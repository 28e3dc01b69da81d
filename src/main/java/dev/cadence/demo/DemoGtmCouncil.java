package dev.cadence.demo;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionService;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.ActionItemView;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
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
 * Brightline's monthly GTM council (CEO, CRO, CMO, CFO, VP CS, RevOps), the first Tuesday of each month at 10:00 New
 * York: the last three councils closed — ICP and positioning, packaging and pricing, campaigns, churn and expansion,
 * experiments, charter changes; decisions into the log, action items (three still open, carried to the next council) and
 * each month's message — and the next council in preparation, filled from the scorecard, with points from the team.
 * Its charter panel shows the charter as it stood on each council's day ({@link DemoCharter}). Loaded once.
 */
@Component
@Profile("!prod")
@Order(65)
class DemoGtmCouncil implements ApplicationRunner {

    static final String SERIES = "GTM council";
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoGtmCouncil.class);

    /** The sections of the template ({@link AgendaTemplates#gtmCouncil()}), in order. */
    private static final int ICP = 1;
    private static final int PRICING = 2;
    private static final int CAMPAIGNS = 3;
    private static final int CHURN = 4;
    private static final int EXPERIMENTS = 5;
    private static final int CHARTER = 6;
    private static final int MESSAGE = 7;

    private final MeetingSeriesService series;
    private final MeetingQueryService meetings;
    private final MeetingCommandService commands;
    private final ActionItemService actionItems;
    private final DecisionService decisions;
    private final PersonService people;
    private final TransactionTemplate transaction;
    private final ApplicationClock clock;

    DemoGtmCouncil(MeetingSeriesService series, MeetingQueryService meetings, MeetingCommandService commands,
                   ActionItemService actionItems, DecisionService decisions, PersonService people,
                   TransactionTemplate transaction, ApplicationClock clock) {
        this.series = series;
        this.meetings = meetings;
        this.commands = commands;
        this.actionItems = actionItems;
        this.decisions = decisions;
        this.people = people;
        this.transaction = transaction;
        this.clock = clock;
    }

    private record Point(int section, String author, String text) {
    }

    private record Action(String text, String owner, boolean stillOpen) {
    }

    private record Decision(String title, String decision, String rationale, String decider, String area, String message) {
    }

    private record Council(List<Point> points, List<Action> actions, List<Decision> decisions, String message) {
    }

    /** Three months ago to last month. */
    private static final List<Council> COUNCILS = List.of(
            new Council(List.of(
                    new Point(ICP, "cmo", "Win rate in logistics and financial services is twice the average; healthcare services cycles run 40% longer."),
                    new Point(ICP, "cro", "Enterprise deals with a single champion slipped twice this quarter: the ICP should ask for a sponsor."),
                    new Point(PRICING, "cfo", "Average discount rose from 12% to 19% in two quarters; half of it in the last week of the quarter."),
                    new Point(PRICING, "cro", "Implementation is given away in 40% of mid-market deals to close them."),
                    new Point(CAMPAIGNS, "cmo", "This quarter: two partner webinars, the logistics onboarding benchmark, and the customer summit next month."),
                    new Point(CHURN, "vpcs", "SMB gross churn above plan for the second month; onboarding time is what the churned accounts share."),
                    new Point(EXPERIMENTS, "revops", "Which running experiments end before the next council, and who reads their results?"),
                    new Point(CHARTER, "cmo", "My proposal waits: the positioning should lead with time to value, not features."),
                    new Point(MESSAGE, "ceo", "One message to the field about where we focus next quarter.")),
                    List.of(new Action("SMB onboarding time against churn, by cohort", "vpcs", false),
                            new Action("Logistics onboarding benchmark to the field", "cmo", false)),
                    List.of(new Decision("Lead with time to value",
                            "Positioning, the website and every first call lead with “live in 30 days”, backed by the onboarding guarantee.",
                            "Won deals repeat time to value back to us; lost ones compared features we cannot win on.",
                            "ceo", "GTM charter changes",
                            "We lead with time to value: live in 30 days, guaranteed. Why: it is why customers choose us. What changes for you: "
                                    + "new first-call deck on Monday; drop the feature tour.")),
                    "We lead with time to value: live in 30 days, guaranteed. Logistics and financial services are where we win; "
                            + "next quarter's pipeline targets put them first."),
            new Council(List.of(
                    new Point(ICP, "ceo", "Healthcare services: keep it in the ICP? Win rate half our average, cycle 40% longer."),
                    new Point(ICP, "cmo", "Healthcare accounts above 500 employees convert like logistics; below it they stall."),
                    new Point(PRICING, "cro", "The 15% rule pushed discounts to 19.9%; we now need CRO and CFO above 20%. The charter should say so."),
                    new Point(PRICING, "cfo", "Free implementation costs us 9 points of margin on mid-market deals above 50 seats."),
                    new Point(CAMPAIGNS, "cmo", "Summit registrations at 340, 60% from target accounts; partner webinars brought 18 SQLs."),
                    new Point(CHURN, "vpcs", "Onboarding over 45 days doubles first-year churn in SMB; the analysis is in the drive."),
                    new Point(CHURN, "cro", "Expansion is ahead of plan in enterprise, flat in mid-market."),
                    new Point(EXPERIMENTS, "cmo", "Results of the experiments that ended this month, and what we scale."),
                    new Point(CHARTER, "cro", "My proposal waits: pricing principles and renewal owners as we now work.")),
                    List.of(new Action("Price list with paid implementation packages above 50 seats", "cfo", true),
                            new Action("Healthcare services win/loss review, by company size", "cmo", false),
                            new Action("Onboarding over 45 days: escalation rule for SMB", "vpcs", false)),
                    List.of(new Decision("Implementation priced apart above 50 seats",
                            "Deals above 50 seats price implementation as a fixed package; it is no longer given away to close.",
                            "Free implementation cost 9 margin points in mid-market and did not move win rate in the deals we reviewed.",
                            "ceo", "Packaging",
                            "From now on, implementation is a priced package above 50 seats. Why: giving it away cost margin and won nothing. "
                                    + "What changes for you: quote the package; the deal desk has the price list.")),
                    "Implementation is a priced package above 50 seats from today, and discounts above 20% need the CRO and the CFO. "
                            + "Healthcare services stays in our ICP while we review it by company size."),
            new Council(List.of(
                    new Point(ICP, "cmo", "Win/loss review done: healthcare services stays, above 500 employees only."),
                    new Point(PRICING, "cfo", "First six deals with paid implementation: no drop in win rate, three points of margin back."),
                    new Point(CAMPAIGNS, "cmo", "Next quarter: partner referrals convert best; we move budget from events to partners."),
                    new Point(CAMPAIGNS, "cfo", "Show the cost per SQL by channel before we move the budget."),
                    new Point(CHURN, "vpcs", "Expansion below $50K ARR: CS finds it, nobody closes it. Twelve upsells sat unworked last quarter."),
                    new Point(CHURN, "cro", "Sales wants the credit for expansion it closes; let's agree the threshold first."),
                    new Point(EXPERIMENTS, "revops", "Two experiments need a decision: scale, iterate or retire."),
                    new Point(CHARTER, "vpcs", "My proposal: CS owns and closes expansion below $50K ARR."),
                    new Point(MESSAGE, "ceo", "The message for the quarter: focus, and what we stop doing.")),
                    List.of(new Action("Next quarter's campaign plan with partner targets and cost per SQL", "cmo", true),
                            new Action("Expansion ownership options for the next council", "cro", true)),
                    List.of(new Decision("A third of next quarter's events budget moves to partner referrals",
                            "30% of next quarter's events budget moves to the partner referral programme, reviewed at the council three months on.",
                            "Partner referrals convert to SQL at three times the rate of events, at half the cost per SQL.",
                            "cmo", "Campaign budget",
                            "We move a third of next quarter's events budget to partner referrals. Why: they convert three times better. "
                                    + "What changes for you: partner managers get SQL targets from January.")),
                    "Healthcare services stays in our ICP above 500 employees. Next quarter, a third of events money goes to partner "
                            + "referrals, and CS and Sales bring one answer on expansion ownership to the next council."));

    @Override
    public void run(ApplicationArguments args) {
        if (series.allSeries().stream().anyMatch(s -> s.name().equals(SERIES))) {
            return;
        }
        Map<String, CadenceUser> team = new LinkedHashMap<>();
        for (String username : List.of("ceo", "cro", "cmo", "cfo", "vpcs", "revops")) {
            team.put(username, people.principalOf(username));
        }
        CadenceUser revops = team.get("revops");
        Map<String, Long> areas = decisions.areas().stream()
                .collect(Collectors.toMap(DecisionAreaSummary::name, DecisionAreaSummary::id));
        Set<Long> participants = new LinkedHashSet<>();
        team.values().forEach(p -> participants.add(p.personId()));
        long seriesId = series.createMonthlySeries(SERIES, MeetingKind.GTM_COUNCIL, 1, DayOfWeek.TUESDAY, TEN, ZONE, 90,
                participants, AgendaTemplates.gtmCouncil()).id();

        // First Tuesdays, as the charter's demo: three closed councils, the next in preparation.
        List<LocalDate> days = DemoCharter.pastFirstTuesdays(LocalDate.now(clock.withZone(ZONE)));
        List<ActionItemView> open = new ArrayList<>();
        for (int c = 0; c < COUNCILS.size(); c++) {
            LocalDate day = days.get(c);
            Instant start = day.atTime(TEN).atZone(ZONE).toInstant();
            Council council = COUNCILS.get(c);
            boolean first = c == 0;
            RunAs.run(revops, () -> transaction.executeWithoutResult(tx -> {
                long m;
                try (ApplicationClock.Scope before = clock.at(start.minus(Duration.ofDays(2)))) {
                    // Closing a council prepares the next one, so only the first is created here.
                    m = (first ? series.createMeetingAt(seriesId, start, revops) : series.ensureNextMeeting(seriesId, revops)).id();
                    List<SectionView> sections = meetings.sectionsOf(m, revops);
                    for (Point p : council.points()) {
                        commands.addItem(m, sections.get(p.section()).id(), p.text(), false, team.get(p.author()));
                    }
                }
                try (ApplicationClock.Scope started = clock.at(start.plus(Duration.ofMinutes(1)))) {
                    commands.start(m, team.get("ceo"));
                    for (ActionItemView carried : List.copyOf(open)) {
                        CadenceUser owner = team.values().stream().filter(u -> u.personId() == carried.ownerId()).findFirst().orElseThrow();
                        actionItems.markActionItemDone(m, carried.id(), true, owner);
                        open.remove(carried);
                    }
                }
                try (ApplicationClock.Scope ending = clock.at(start.plus(Duration.ofMinutes(85)))) {
                    for (SectionView s : meetings.sectionsOf(m, revops)) {
                        s.items().forEach(i -> commands.markDiscussed(m, i.id(), true, revops));
                    }
                    for (Action a : council.actions()) {
                        ActionItemView added = actionItems.addActionItem(m, a.text(), team.get(a.owner()).personId(),
                                day.plusDays(21), revops);
                        if (!a.stillOpen()) {
                            open.add(added);
                        }
                    }
                    for (Decision d : council.decisions()) {
                        CadenceUser decider = team.get(d.decider());
                        RunAs.run(decider, () -> commands.recordDecision(m, d.title(), d.decision(), d.rationale(), decider.personId(),
                                areas.get(d.area()), d.message(), null, decider));
                    }
                    commands.writeMessage(m, council.message(), false, meetings.page(m, revops).messageVersion(), team.get("ceo"));
                    commands.close(m, false, team.get("ceo"));
                }
            }));
        }

        // The next council, in preparation: filled from today's scorecard, with the points people added so far.
        RunAs.run(revops, () -> transaction.executeWithoutResult(tx -> {
            MeetingSummary next = series.ensureNextMeeting(seriesId, revops);
            commands.refreshFromData(next.id(), revops);
            List<SectionView> sections = meetings.sectionsOf(next.id(), revops);
            commands.addItem(next.id(), sections.get(ICP).id(),
                    "Enterprise: do we add “executive sponsor by stage 3” to the ICP itself?", false, team.get("cro"));
            commands.addItem(next.id(), sections.get(PRICING).id(),
                    "List prices move in February: the proposal for the new price list is ready for review.", false, team.get("cfo"));
            commands.addItem(next.id(), sections.get(CAMPAIGNS).id(),
                    "Partner referral targets per partner manager, and the cost per SQL by channel.", false, team.get("cmo"));
            commands.addItem(next.id(), sections.get(CHURN).id(),
                    "Expansion ownership below $50K ARR: CS and Sales bring one answer.", false, team.get("vpcs"));
            commands.addItem(next.id(), sections.get(CHURN).id(),
                    "I doubt CS has the capacity to close expansion on top of renewals.", true, team.get("ceo"));
            commands.addItem(next.id(), sections.get(EXPERIMENTS).id(),
                    "Which experiments start next quarter, with their success criteria written before they start?", false, revops);
            commands.addItem(next.id(), sections.get(CHARTER).id(),
                    "Decide on the VP CS's proposal for expansion ownership.", false, team.get("ceo"));
            commands.addItem(next.id(), sections.get(MESSAGE).id(),
                    "This month's message: ICP, price list, who owns expansion.", false, team.get("ceo"));
        }));
        log.info("Loaded the demo GTM council: {} past councils and the next one in preparation.", COUNCILS.size());
    }
}
