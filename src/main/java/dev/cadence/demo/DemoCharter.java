package dev.cadence.demo;

import dev.cadence.charter.CharterProposal;
import dev.cadence.charter.CharterSection;
import dev.cadence.charter.CharterService;
import dev.cadence.charter.CharterView;
import dev.cadence.charter.SectionDraft;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.web.ApplicationClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's GTM charter at its third version, with one proposal waiting. The CEO wrote it two months before the
 * first of the demo's three past GTM councils; the CMO's proposal to lead with time to value was approved the day after
 * that council, the CRO's pricing principles (the 20% discount rule, paid implementation) the day after the second; the
 * VP CS's proposal that CS owns expansion below $50K ARR waits for the CEO since the week before the last one. Loaded once.
 */
@Component
@Profile("!prod")
@Order(55)
class DemoCharter implements ApplicationRunner {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Logger log = LoggerFactory.getLogger(DemoCharter.class);

    static final String ICP = """
            Operations-heavy B2B companies of 200 to 5,000 employees that onboard every new customer through a project: \
            financial services, logistics, retail and healthcare services in North America.

            - A customer onboarding that takes 30 days or more today, run from spreadsheets and email
            - An implementation or operations team of 10 people or more
            - Salesforce or HubSpot as the CRM, and a named owner of the customer journey
            - Enterprise: 1,000 employees or more and an executive sponsor on their side from stage 3

            Not for us: companies under 100 employees, self-serve only products, and custom workflow projects we would \
            build once for one customer.""";

    static final String POSITIONING_V1 = """
            Brightline is the workflow platform for customer onboarding: templates, tasks, approvals and a customer \
            portal in one place, with 120 integrations.

            We compete with project tools bent to the job and with in-house builds; we win on depth of workflow.""";

    static final String POSITIONING_V2 = """
            Brightline gets new customers live in 30 days instead of 90: onboarding runs as one plan that the customer \
            and every team see, from signature to first value.

            - For the COO: time to value is a number on the board deck, not a guess
            - For the implementation team: no more spreadsheets and chasing by email
            - Proof: the onboarding guarantee (live in 30 days on Growth and Enterprise, or the first quarter is free)

            We compete with project tools bent to the job and with in-house builds; we win on time to value, not on \
            features or on price.""";

    static final String PRICING_V1 = """
            - Three tiers: Starter (SMB, per seat, self-serve), Growth (mid-market) and Enterprise (annual platform fee \
            plus seats)
            - List prices move once a year, in February, with the new fiscal year
            - Discounts up to 15% at the manager's discretion; above 15% the CRO approves
            - We do not price-match: we sell time to value""";

    static final String PRICING_V3 = """
            - Three tiers: Starter (SMB, per seat, self-serve), Growth (mid-market) and Enterprise (annual platform fee \
            plus seats); SSO is part of Growth
            - List prices move once a year, in February, with the new fiscal year
            - Discounts up to 20% at the manager's discretion; above 20% the CRO and the CFO approve together, the same \
            day
            - Implementation is priced apart above 50 seats, as a fixed package; it is never given away to close a deal
            - Multi-year deals prepay annually; no discount for multi-year terms alone
            - We do not price-match: we sell time to value""";

    static final String OWNERSHIP_V1 = """
            - ICP, positioning and this charter: the CEO decides, the CRO and the CMO are consulted
            - Pipeline targets and campaigns: the CMO; marketing-sourced pipeline is on the scorecard
            - New business, the forecast call and discounts: the CRO
            - Renewals: the CRO; churn and at-risk escalation: the VP Customer Success
            - Pricing and packaging: the CEO, with the CFO and the CRO
            - Definitions, the scorecard and the data: RevOps""";

    static final String OWNERSHIP_V3 = """
            - ICP, positioning and this charter: the CEO decides, the CRO and the CMO are consulted
            - Pipeline targets and campaigns: the CMO; marketing-sourced pipeline is on the scorecard
            - New business, the forecast call and discounts up to 20%: the CRO; above 20%, the CRO and the CFO
            - Renewals: CS runs SMB renewals, the CRO mid-market and enterprise; churn and at-risk escalation: the VP \
            Customer Success
            - Pricing and packaging: the CEO, with the CFO and the CRO
            - Definitions, the scorecard and the data: RevOps""";

    static final String OWNERSHIP_PROPOSED = """
            - ICP, positioning and this charter: the CEO decides, the CRO and the CMO are consulted
            - Pipeline targets and campaigns: the CMO; marketing-sourced pipeline is on the scorecard
            - New business, the forecast call and discounts up to 20%: the CRO; above 20%, the CRO and the CFO
            - Renewals: CS runs SMB renewals, the CRO mid-market and enterprise; churn and at-risk escalation: the VP \
            Customer Success
            - Expansion: CS owns and closes expansion in accounts below $50K ARR; above it, the account executive, with \
            CS credited for the lead
            - Pricing and packaging: the CEO, with the CFO and the CRO
            - Definitions, the scorecard and the data: RevOps""";

    /** The reason the VP CS gave with the proposal that waits. */
    static final String WAITING_RATIONALE = "Expansion in small accounts falls between CS and Sales: CS finds it, nobody closes it. "
            + "Twelve upsells below $50K ARR sat unworked last quarter.";

    private final CharterService charter;
    private final PersonService people;
    private final ApplicationClock clock;

    DemoCharter(CharterService charter, PersonService people, ApplicationClock clock) {
        this.charter = charter;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (charter.current().written()) {
            return;
        }
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cmo = people.principalOf("cmo");
        CadenceUser cro = people.principalOf("cro");
        CadenceUser vpcs = people.principalOf("vpcs");
        List<LocalDate> councils = pastFirstTuesdays(LocalDate.now(clock.withZone(ZONE)));

        at(councils.get(0).minusWeeks(9), LocalTime.of(17, 30), () -> RunAs.run(ceo, () -> charter.edit(List.of(
                        new SectionDraft(null, "Ideal customer profile", ICP, false),
                        new SectionDraft(null, "Positioning", POSITIONING_V1, false),
                        new SectionDraft(null, "Pricing principles", PRICING_V1, false),
                        new SectionDraft(null, "Who owns what", OWNERSHIP_V1, false)),
                "The first written charter, from the leadership offsite: who we sell to, how we win, how we price, who decides.",
                0, ceo)));

        // The CMO's positioning, proposed the week before the first of the three councils and approved the day after it.
        long[] proposal = new long[1];
        at(councils.get(0).minusDays(7), LocalTime.of(15, 10), () -> RunAs.run(cmo, () -> proposal[0] = propose(cmo,
                s -> s.key().equals("positioning") ? new SectionDraft(s.key(), s.title(), POSITIONING_V2, false) : s,
                "Win/loss interviews: buyers never repeat our features back to us; they repeat “live in 30 days”. "
                        + "The positioning should lead with time to value and the onboarding guarantee.")));
        at(councils.get(0).plusDays(1), LocalTime.of(9, 15), () -> RunAs.run(ceo,
                () -> charter.approve(proposal[0], "Agreed at the council.", ceo)));

        // The CRO's pricing principles and renewal owners, after the 20% rule and the renewal reopening.
        at(councils.get(1).minusDays(6), LocalTime.of(11, 40), () -> RunAs.run(cro, () -> proposal[0] = propose(cro,
                s -> switch (s.key()) {
                    case "pricing-principles" -> new SectionDraft(s.key(), s.title(), PRICING_V3, false);
                    case "who-owns-what" -> new SectionDraft(s.key(), s.title(), OWNERSHIP_V3, false);
                    default -> s;
                },
                "The charter still says 15%: we moved to CRO + CFO above 20%, we price implementation apart above "
                        + "50 seats since the last council, and CS runs SMB renewals. The charter should say what we do.")));
        at(councils.get(1).plusDays(1), LocalTime.of(10, 5), () -> RunAs.run(ceo,
                () -> charter.approve(proposal[0], "Approved as discussed at the council.", ceo)));

        // The VP CS's proposal, waiting since the week before the last council.
        at(councils.get(2).minusDays(6), LocalTime.of(16, 20), () -> RunAs.run(vpcs, () -> propose(vpcs,
                s -> s.key().equals("who-owns-what") ? new SectionDraft(s.key(), s.title(), OWNERSHIP_PROPOSED, false) : s,
                WAITING_RATIONALE)));
        log.info("Loaded the demo GTM charter: version {} and one proposal waiting.", charter.current().number());
    }

    /** The first Tuesdays of the three months up to today whose council has met, oldest first (as the council's demo). */
    static List<LocalDate> pastFirstTuesdays(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate latest = firstTuesday(month);
        if (!latest.isBefore(today)) {
            latest = firstTuesday(month.minusMonths(1));
        }
        YearMonth last = YearMonth.from(latest);
        return List.of(firstTuesday(last.minusMonths(2)), firstTuesday(last.minusMonths(1)), latest);
    }

    private static LocalDate firstTuesday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    private long propose(CadenceUser by, UnaryOperator<SectionDraft> change, String why) {
        CharterView now = charter.current();
        List<SectionDraft> drafts = new ArrayList<>();
        now.sections().forEach(s -> drafts.add(change.apply(draft(s))));
        CharterProposal proposal = charter.propose(drafts, why, now.number(), by);
        return proposal.proposal().id();
    }

    private static SectionDraft draft(CharterSection s) {
        return new SectionDraft(s.key(), s.title(), s.body(), false);
    }

    private void at(LocalDate day, LocalTime time, Runnable work) {
        Instant instant = ZonedDateTime.of(day, time, ZONE).toInstant();
        try (ApplicationClock.Scope scope = clock.at(instant)) {
            work.run();
        }
    }
}
