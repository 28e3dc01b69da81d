package dev.cadence.demo;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionService;
import dev.cadence.forecast.CallFigures;
import dev.cadence.forecast.ForecastNumbers;
import dev.cadence.forecast.ForecastService;
import dev.cadence.meetings.ActionItemView;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingRatingService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.MeetingSummary;
import dev.cadence.meetings.SectionView;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.ApplicationClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
 * The weekly CEO–CRO 1:1 of Brightline: a quarter of closed meetings (priorities, blockers, talent,
 * action items — a few still open — decisions into the log, and the message of each week) and this
 * week's meeting in preparation with talking points from both. Each meeting started and ended when it
 * did (three rough weeks started late and overran), and both rated it: the trend on the series' page
 * tells that story. Loaded once.
 */
@Component
@Profile("!prod")
@Order(50)
class DemoMeetings implements ApplicationRunner {

    static final String SERIES = "CEO–CRO weekly 1:1";
    private static final int PAST_MEETINGS = 12;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    /** Stands in a week's text for the forecast call as the demo's forecast holds it that day (see {@link #withCall}). */
    private static final String FORECAST_CALL = "{forecast call}";

    private final MeetingSeriesService series;
    private final MeetingQueryService meetings;
    private final MeetingCommandService commands;
    private final MeetingRatingService ratings;
    private final ActionItemService actionItems;
    private final DecisionService decisions;
    private final PersonService people;
    private final TransactionTemplate transaction;
    private final ApplicationClock clock;
    private final ForecastService forecast;
    private final ForecastNumbers numbers;
    private final CompanyService company;

    DemoMeetings(MeetingSeriesService series, MeetingQueryService meetings, MeetingCommandService commands,
                 MeetingRatingService ratings, ActionItemService actionItems, DecisionService decisions, PersonService people,
                 TransactionTemplate transaction, ApplicationClock clock, ForecastService forecast, ForecastNumbers numbers,
                 CompanyService company) {
        this.series = series;
        this.meetings = meetings;
        this.commands = commands;
        this.ratings = ratings;
        this.actionItems = actionItems;
        this.decisions = decisions;
        this.people = people;
        this.transaction = transaction;
        this.clock = clock;
        this.forecast = forecast;
        this.numbers = numbers;
        this.company = company;
    }

    /**
     * The text with the forecast call as the demo's forecast (loaded before the meetings) held it on that day, so
     * that the 1:1 quotes the same figures as /forecast: "Forecast commit call $5.87M (+$160K on last week)".
     */
    private String withCall(String text, LocalDate day) {
        if (!text.contains(FORECAST_CALL)) {
            return text;
        }
        CallFigures total = forecast.callAsOf(FiscalQuarter.of(day, company.profile().fiscalYearStartMonth()), day).total();
        String call = total.thisWeek() == null ? "No forecast call yet this quarter"
                : "Forecast commit call " + numbers.brief(total.thisWeek().commit())
                  + (total.commitChange() == null ? "" : " (" + numbers.change(total.commitChange()) + " on last week)");
        return text.replace(FORECAST_CALL, call);
    }

    /**
     * How each past week went, oldest first: minutes after 09:00 it started, minutes after 09:00 it closed (60 planned),
     * in how many days that week's action items were due (all were ticked at the next meeting), and each leader's rating.
     */
    private static final int[] STARTED = {2, 11, 3, 8, 1, 2, 0, 12, 4, 1, 2, 0};
    private static final int[] ENDED = {50, 74, 58, 69, 55, 57, 52, 78, 61, 56, 54, 52};
    private static final int[] DUE_IN_DAYS = {7, 4, 7, 7, 7, 7, 7, 4, 7, 7, 7, 7};
    private static final int[] CEO_RATES = {7, 4, 7, 5, 8, 7, 8, 4, 7, 8, 8, 9};
    private static final int[] CRO_RATES = {6, 5, 8, 5, 7, 8, 8, 5, 6, 8, 9, 8};

    /** What one past week of the 1:1 held; {@code decision} may be null. */
    private record Week(List<String> priorities, String croChange, String blocker, String talent, String ceoPrivate,
                        List<Action> actions, Decision decision, String message) {
    }

    private record Action(String text, String owner, boolean stillOpen) {
    }

    private record Decision(String title, String decision, String rationale, String decider, String area, String message) {
    }

    private static final List<Week> WEEKS = List.of(
            new Week(List.of("Close the two Q3 slipped enterprise deals", "Finish the SDR hiring plan", "Agree the discount rule"),
                    "Q3 closed at 96% of plan; enterprise slipped two deals to Q4, mid-market beat by 8%.",
                    "Legal review takes 9 days on enterprise paper — deals wait on redlines.",
                    "Two enterprise AEs still ramping; first deals expected in six weeks.",
                    "Is Daniel's forecast call too optimistic for enterprise again?",
                    List.of(new Action("Send the discount analysis by segment to the CFO", "cro", false)), null,
                    "Q3 landed at 96% of plan. Enterprise is the gap; mid-market carried us. This quarter, every enterprise deal above $100K gets a named executive sponsor."),
            new Week(List.of("Enterprise pipeline coverage back to 3×", "SDR hiring plan signed off", "Pricing page refresh live"),
                    "Enterprise coverage fell to 2.6× after the Q3 slips; win rate steady at 24%.",
                    "Product gap: SSO on the Growth tier keeps coming up in mid-market losses.",
                    "Marketing wants two SDRs; finance asks for proof outbound converts first.",
                    null,
                    List.of(new Action("Pull win/loss notes on the SSO objection", "cro", false),
                            new Action("Draft the SDR business case with the CFO", "ceo", false)),
                    new Decision("Named executive sponsor for enterprise deals above $100K",
                            "Every enterprise deal above $100K gets a named executive sponsor from the leadership team by stage 3.",
                            "Our enterprise losses were single-threaded; sponsors cut slip rate in the pilot.",
                            "cro", "Pricing and discount approval",
                            "Every enterprise deal above $100K now has an executive sponsor from stage 3. AEs: name yours in Salesforce."),
                    "Coverage in enterprise is our first problem. Every large deal gets an executive sponsor; we measure coverage weekly on the scorecard."),
            new Week(List.of("Recover enterprise coverage", "Decide on SSO packaging", "Renewal ownership for SMB"),
                    "Two new enterprise opportunities above $200K; coverage 2.7×.",
                    "Implementation capacity: onboarding backlog is 5 weeks for mid-market.",
                    "Hiring freeze in EMEA holds until coverage is back.",
                    "Need to talk about Elena's bandwidth before the board meeting.",
                    List.of(new Action("Propose SSO packaging options for the council", "ceo", false)), null,
                    "We hold EMEA hiring until enterprise coverage is back at 3×. Onboarding backlog is the next bottleneck; CS gets priority on implementation hires."),
            new Week(List.of("SSO packaging decision", "Onboarding backlog under 3 weeks", "Enterprise coverage 3×"),
                    "Mid-market win rate dipped to 21% — two losses to the low-cost competitor.",
                    "Pricing: the competitor undercuts us by 30% on mid-market deals.",
                    "One mid-market AE on a performance plan.",
                    null,
                    List.of(new Action("Book the pricing deep-dive with Product and Finance", "cro", false)),
                    new Decision("No price match against the low-cost competitor in mid-market",
                            "We do not match the competitor's price; reps lead with time to value and the onboarding guarantee.",
                            "Matching would cut mid-market ASP by a third; our losses are on packaging, not price alone.",
                            "cro", "Pricing and discount approval",
                            "We do not price-match in mid-market. Why: we win on time to value. What changes for you: use the onboarding guarantee, not a discount."),
                    "SSO is now part of Growth. Sales: lead with it in mid-market. We do not match the competitor on price; we win on time to value."),
            new Week(List.of("Mid-market win rate back above 24%", "Onboarding backlog", "Board deck story"),
                    "SMB churn ticked up to 2.4% monthly; three accounts lost to budget cuts.",
                    "CS and Sales both claim SMB renewals — customers get two emails.",
                    "VP CS asks for one more CSM for SMB.",
                    null,
                    List.of(new Action("Map every SMB renewal to one owner", "cro", false)), null,
                    "One owner for every renewal. CS and Sales will agree who owns SMB renewals by next week; until then, the account owner in Salesforce decides."),
            new Week(List.of("Renewal ownership agreed", "Board deck draft", "Q4 forecast per segment"),
                    FORECAST_CALL + ": two enterprise deals pushed.",
                    "Legal turnaround still 8 days; one deal lost time in redlines.",
                    "Second enterprise AE closed a first deal; ramp on track.",
                    "Daniel's team keeps sandbagging mid-market — check the data before saying it.",
                    List.of(new Action("Propose a legal fast lane for standard paper", "ceo", false),
                            new Action("Update the board deck forecast slide", "cro", false)),
                    new Decision("Standard paper gets a 48-hour legal fast lane",
                            "Deals on our standard order form with no redlines get legal sign-off within 48 hours.",
                            "Legal review averages 8 days; most of our paper needs no negotiation at all.",
                            "ceo", null,
                            "Standard order forms without redlines are signed off by Legal within 48 hours. AEs: flag them as standard in the deal desk."),
                    "CS owns SMB renewals from next month. The forecast moved because two enterprise deals pushed — we say so plainly, and each has a recovery plan."),
            new Week(List.of("Legal fast lane live", "Board meeting prep", "Enterprise coverage 3×"),
                    "Enterprise coverage back to 2.9×; mid-market win rate 23%.",
                    "Product: the API rate limits block two enterprise pilots.",
                    "Sales ops analyst hire closed.",
                    null,
                    List.of(new Action("Escalate API rate limits to the CPO with pilot names", "cro", false)), null,
                    "The board hears one story from us: enterprise coverage is recovering, mid-market is stable, SMB churn has one owner. No surprises."),
            new Week(List.of("Board meeting follow-ups", "API limits for pilots", "SDR plan go/no-go"),
                    "Board asked for forecast accuracy by segment; we are at 91% last two quarters.",
                    "Marketing and Sales disagree on what counts as an SQL.",
                    "SDR candidates: two offers ready if approved.",
                    "Priya and Daniel are close to a public fight over SQLs.",
                    List.of(new Action("Agree the SQL definition with the CMO and RevOps", "cro", false)),
                    new Decision("RevOps owns the SQL definition",
                            "RevOps owns the SQL definition in the glossary; Marketing and Sales propose changes there, nowhere else.",
                            "Two definitions meant two pipelines; one owner ends the weekly argument about lead quality.",
                            "ceo", "GTM charter changes",
                            "There is one SQL definition, owned by RevOps in the glossary. Marketing and Sales: propose changes there."),
                    "Marketing and Sales work from one SQL definition, owned by RevOps. The two enterprise SDR offers go out this week."),
            new Week(List.of("SQL definition agreed", "Pilots unblocked", "Q4 commit per segment"),
                    "Speed-to-lead slipped to 9 hours after two SDRs left; SLA is 1 hour.",
                    "Inbound routing breaks for mid-market leads from partners.",
                    "SDR backfills: interviews this week.",
                    null,
                    List.of(new Action("Fix partner lead routing with RevOps", "cro", true),
                            new Action("Send the SQL definition to the glossary for approval", "ceo", false)), null,
                    "Speed to lead is off track. Until the SDRs are back, AEs take inbound leads in their segment within the hour."),
            new Week(List.of("Speed-to-lead back under the SLA", "Q4 commit", "Pricing deep-dive outcomes"),
                    "Enterprise pipeline coverage dipped for a third week (2.5×) after two large deals slipped.",
                    "Deal desk approvals take two days at quarter end.",
                    "One enterprise AE resigned; territory coverage plan needed.",
                    "I am not sure Daniel has the enterprise bench for next year.",
                    List.of(new Action("Coverage plan for the vacated enterprise territory", "cro", true)), null,
                    "Enterprise coverage is our focus for the rest of the quarter: every leader reviews their top ten accounts this week."),
            new Week(List.of("Enterprise territory coverage", "Deal desk at quarter end", "Q1 planning kick-off"),
                    FORECAST_CALL + "; mid-market and SMB moved it most.",
                    "Finance wants deal desk approvals above 20% to include the CFO.",
                    "Recruiter shortlists for the enterprise AE role.",
                    null,
                    List.of(new Action("Draft Q1 planning assumptions for the value-driver review", "ceo", true)), null,
                    "Deals above 20% discount now go to the CRO and the CFO together, same day. Quarter-end speed stays."),
            new Week(List.of("Close the quarter", "Q1 plan assumptions", "Enterprise AE hire"),
                    "Enterprise coverage still 2.5×; win rate stable; NRR 108%.",
                    "Product launch slipped two weeks; two deals depend on it.",
                    "Enterprise AE offer accepted, starts in January.",
                    null,
                    List.of(new Action("Tell the two affected customers about the launch date", "cro", true)), null,
                    "The launch moved two weeks. Account teams tell affected customers themselves this week; nobody hears it from a release note."));

    @Override
    public void run(ApplicationArguments args) {
        if (series.allSeries().stream().anyMatch(s -> s.name().equals(SERIES))) {
            return;
        }
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        Map<String, CadenceUser> team = Map.of("ceo", ceo, "cro", cro);
        Map<String, Long> areas = decisions.areas().stream()
                .collect(Collectors.toMap(DecisionAreaSummary::name, DecisionAreaSummary::id));
        long seriesId = series.createSeries(SERIES, MeetingKind.ONE_ON_ONE, DayOfWeek.TUESDAY, NINE, ZONE, 60,
                Set.of(ceo.personId(), cro.personId()), AgendaTemplates.oneOnOne()).id();

        LocalDate thisWeeksTuesday = LocalDate.now(clock.withZone(ZONE)).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        List<ActionItemView> open = new ArrayList<>();
        for (int w = 0; w < PAST_MEETINGS; w++) {
            LocalDate day = thisWeeksTuesday.minusWeeks(PAST_MEETINGS - w);
            Instant start = day.atTime(NINE).atZone(ZONE).toInstant();
            Week week = WEEKS.get(w);
            int index = w;
            boolean first = w == 0;
            // The decision log's history names who recorded the week's decision: RunAs wraps the whole transaction.
            CadenceUser author = week.decision() == null ? ceo : team.get(week.decision().decider());
            RunAs.run(author, () -> transaction.executeWithoutResult(tx -> {
                // Each step happens when it did that week: the services read the time from the clock, set here.
                long m;
                try (ApplicationClock.Scope twoDaysBefore = clock.at(start.minus(Duration.ofDays(2)))) {
                    // Closing a meeting prepares the next one, so only the first is created here.
                    m = (first ? series.createMeetingAt(seriesId, start, ceo) : series.ensureNextMeeting(seriesId, ceo)).id();
                }
                try (ApplicationClock.Scope dayBefore = clock.at(start.minus(Duration.ofDays(1)))) {
                    List<SectionView> sections = meetings.sectionsOf(m, ceo);
                    commands.addItem(m, sections.get(0).id(), withCall(week.croChange(), day), false, cro);
                    for (String p : week.priorities()) {
                        commands.addItem(m, sections.get(1).id(), p, false, cro);
                    }
                    commands.addItem(m, sections.get(2).id(), week.blocker(), false, cro);
                    commands.addItem(m, sections.get(3).id(), week.talent(), false, ceo);
                    if (week.ceoPrivate() != null) {
                        commands.addItem(m, sections.get(3).id(), week.ceoPrivate(), true, ceo);
                    }
                }
                try (ApplicationClock.Scope started = clock.at(start.plus(Duration.ofMinutes(STARTED[index])))) {
                    commands.start(m, ceo);
                    for (ActionItemView carried : List.copyOf(open)) {
                        actionItems.markActionItemDone(m, carried.id(), true, cro);
                        open.remove(carried);
                    }
                }
                try (ApplicationClock.Scope ending = clock.at(start.plus(Duration.ofMinutes(ENDED[index])))) {
                    for (SectionView s : meetings.sectionsOf(m, ceo)) {
                        s.items().stream().filter(i -> !i.privateItem()).forEach(i -> commands.markDiscussed(m, i.id(), true, ceo));
                    }
                    for (Action a : week.actions()) {
                        ActionItemView added = actionItems.addActionItem(m, a.text(), team.get(a.owner()).personId(),
                                day.plusDays(DUE_IN_DAYS[index]), ceo);
                        if (!a.stillOpen()) {
                            open.add(added);
                        }
                    }
                    if (week.decision() != null) {
                        Decision d = week.decision();
                        commands.recordDecision(m, d.title(), d.decision(), d.rationale(), team.get(d.decider()).personId(),
                                areas.get(d.area()), d.message(), null, team.get(d.decider()));
                    }
                    commands.writeMessage(m, week.message(), false, meetings.page(m, ceo).messageVersion(), cro);
                    ratings.closeAndRate(m, false, CEO_RATES[index], ceo);
                    ratings.rate(m, CRO_RATES[index], cro);
                }
            }));
        }

        // This week's meeting, in preparation: filled from today's data, with talking points from both.
        RunAs.run(ceo, () -> transaction.executeWithoutResult(tx -> {
            MeetingSummary next = series.ensureNextMeeting(seriesId, ceo);
            commands.refreshFromData(next.id(), ceo);
            List<SectionView> sections = meetings.sectionsOf(next.id(), ceo);
            commands.addItem(next.id(), sections.get(0).id(),
                    "Globex renewal ($420K) is yellow: their new CFO is reviewing every vendor.", false, cro);
            commands.addItem(next.id(), sections.get(1).id(), "Enterprise coverage back to 3× by the end of the quarter", false, cro);
            commands.addItem(next.id(), sections.get(1).id(), "Q1 plan assumptions agreed before the council", false, ceo);
            commands.addItem(next.id(), sections.get(2).id(),
                    "Deal desk: approvals above 20% wait for the CFO for two days at quarter end.", false, cro);
            commands.addItem(next.id(), sections.get(2).id(),
                    "Product launch slip: do we offer the two affected customers an extension?", false, ceo);
            commands.addItem(next.id(), sections.get(3).id(),
                    "Enterprise bench for next year — do we hire a second enterprise director?", true, ceo);
            commands.addItem(next.id(), sections.get(3).id(), "Backfill for the enterprise territory: interim coverage plan.",
                    false, cro);
            commands.addItem(next.id(), sections.get(3).id(), "I want to talk about my own bandwidth with the board work.",
                    true, cro);
            commands.addItem(next.id(), sections.get(4).id(), "Year-end message: what we tell the team about Q1 targets.",
                    false, ceo);
        }));
        log.info("Loaded the demo 1:1: {} past meetings and this week's in preparation.", PAST_MEETINGS);
    }
}
