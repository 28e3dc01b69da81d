package dev.cadence.demo;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.nrr.AccountSpec;
import dev.cadence.nrr.AccountView;
import dev.cadence.nrr.AtRiskService;
import dev.cadence.nrr.Escalation;
import dev.cadence.nrr.NrrComponent;
import dev.cadence.nrr.NrrService;
import dev.cadence.nrr.Risk;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's NRR forecast for this quarter and the two before: the CFO's baseline at each quarter's start, the
 * components' owners as the decision-rights map says (the decider of at-risk escalation — the VP CS — owns churn and
 * contraction, the decider of expansion pipeline ownership — the CRO — owns expansion), a forecast update with its
 * reason every week, the actuals of the two closed quarters, and six at-risk accounts renewing this quarter, escalated
 * and saved along the way. Everything goes through the ordinary services at the instant it happened. Loaded once.
 */
@Component
@Profile("!prod")
@Order(45)
class DemoNrr implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNrr.class);

    private final NrrService nrr;
    private final AtRiskService accounts;
    private final DecisionRightsService rights;
    private final PersonService people;
    private final ApplicationClock clock;
    private CadenceUser croUser;

    DemoNrr(NrrService nrr, AtRiskService accounts, DecisionRightsService rights, PersonService people, ApplicationClock clock) {
        this.nrr = nrr;
        this.accounts = accounts;
        this.rights = rights;
        this.people = people;
        this.clock = clock;
    }

    /** A quarter's story: baseline, each component's weekly path with its reasons, and the actuals (null: still open). */
    private record Story(long start, long renewals, Map<NrrComponent, List<Step>> paths, long[] actuals) {
    }

    /** A week's forecast and why. */
    private record Step(long amount, String reason) {
    }

    private static Step s(long amount, String reason) {
        return new Step(amount, reason);
    }

    /** Two quarters ago: a steady quarter, expansion a little short of the first call. */
    private static final Story BEFORE_LAST = new Story(38_900_000, 9_100_000, Map.of(
            NrrComponent.CHURN, List.of(
                    s(820_000, "Opening call: the renewal book's known non-renewals (4 SMB logos) plus the usual 1.5% of SMB ARR."),
                    s(820_000, "No change: renewal calls for May all done, no new red accounts."),
                    s(870_000, "Redpoint Media gave notice ($50K): moved to an in-house tool after their reorg."),
                    s(870_000, "No change: June renewals tracking, two yellow accounts with save plans."),
                    s(900_000, "Two SMB logos lost to a cheaper competitor at renewal ($30K together)."),
                    s(900_000, "Holding: July renewals 80% signed, the rest verbally committed.")),
            NrrComponent.CONTRACTION, List.of(
                    s(300_000, "Opening call: seat true-downs seen in the renewal book, mid-market mostly."),
                    s(310_000, "Lakeshore Bank cutting 40 seats after their branch consolidation."),
                    s(320_000, "Two mid-market customers moving from Enterprise to Growth tier at renewal."),
                    s(340_000, "Vantage Insurance down-tiering analytics ($20K): budget cut, not dissatisfaction."),
                    s(340_000, "No change: no further downgrades requested.")),
            NrrComponent.EXPANSION, List.of(
                    s(1_900_000, "Opening call: enterprise expansion commits plus 60% of best case."),
                    s(1_900_000, "No change: enterprise seat expansions on track."),
                    s(1_820_000, "Orbit Health's second division pushed to next quarter (−$80K)."),
                    s(1_800_000, "Two mid-market upsells slipped on procurement; still likely next quarter."),
                    s(1_750_000, "Final call: closing what is signed plus two deals in legal; the rest moves out."))),
            new long[] {870_000, 355_000, 1_820_000});

    /** Last quarter: churn ran above the first call; expansion beat it thanks to the analytics add-on. */
    private static final Story LAST = new Story(40_600_000, 9_800_000, Map.of(
            NrrComponent.CHURN, List.of(
                    s(950_000, "Opening call: known non-renewals ($520K) plus 1.5% of SMB ARR for the unknown."),
                    s(950_000, "No change: August renewals closed as expected."),
                    s(1_020_000, "Keystone Foods consolidating vendors after their acquisition ($70K), notice received."),
                    s(1_020_000, "No change: the save plan on Atlas Retail is working, usage back up."),
                    s(1_080_000, "Three SMB logos churned on price after the list-price rise ($60K)."),
                    s(1_100_000, "Nimbus Labs went out of business ($20K); nothing to save."),
                    s(1_100_000, "Final call: every October renewal is signed or lost.")),
            NrrComponent.CONTRACTION, List.of(
                    s(350_000, "Opening call: seat true-downs in the renewal book."),
                    s(380_000, "Harbor Logistics reducing seats by 25% after layoffs ($30K)."),
                    s(410_000, "Cobalt Energy dropping the reporting module ($30K)."),
                    s(410_000, "No change: no further downgrade requests."),
                    s(410_000, "Final call: holding; two smaller true-downs may land below it.")),
            NrrComponent.EXPANSION, List.of(
                    s(2_100_000, "Opening call: enterprise commits plus the analytics add-on launch."),
                    s(2_150_000, "Analytics add-on: 14 customers in trials, 5 committed."),
                    s(2_200_000, "Meridian Systems expanding to their EU entity ($50K), in legal."),
                    s(2_200_000, "No change: two enterprise expansions in procurement."),
                    s(2_250_000, "Final call: add-on attach better than planned; Meridian signed."))),
            new long[] {1_140_000, 390_000, 2_310_000});

    /** This quarter, five weeks in: churn climbing with the at-risk list, expansion down as enterprise deals slipped. */
    private static final Story CURRENT = new Story(42_300_000, 10_400_000, Map.of(
            NrrComponent.CHURN, List.of(
                    s(1_050_000, "Opening call: known non-renewals ($560K) plus 1.5% of SMB ARR."),
                    s(1_050_000, "No change: Summit Dental's price objection is being worked, save plan in place."),
                    s(1_150_000, "Corvid Logistics at risk ($310K): their champion left, new VP evaluating a cheaper tool. Weighted at 30%."),
                    s(1_220_000, "Halcyon Retail usage down 38% since their re-platforming; weighted $540K at 15%."),
                    s(1_280_000, "Summit Dental saved, but two SMB logos gave notice ($60K) and Corvid is now escalated to the CRO.")),
            NrrComponent.CONTRACTION, List.of(
                    s(380_000, "Opening call: seat true-downs in the renewal book."),
                    s(380_000, "No change: no downgrade requests this week."),
                    s(420_000, "Pinecrest Credit Union asks to move from Enterprise to Growth (−$60K) under a budget freeze; weighted."),
                    s(450_000, "Meridian Freight threatening to cut seats after three P1 tickets; service credit offered.")),
            NrrComponent.EXPANSION, List.of(
                    s(2_400_000, "Opening call: enterprise expansion commits plus the add-on pipeline."),
                    s(2_400_000, "No change: enterprise expansions on track."),
                    s(2_300_000, "Two enterprise expansions slipped into next quarter on procurement (−$100K)."),
                    s(2_220_000, "Add-on attach slower in mid-market than planned; trimming the best case."),
                    s(2_150_000, "Helix Bank's expansion moved out with its new-logo deal; calling only what is in legal."))),
            null);

    @Override
    public void run(ApplicationArguments args) {
        CadenceUser cfo = people.principalOf("cfo");
        FiscalQuarter current = nrr.currentQuarter();
        if (nrr.asOf(current.plus(-2), LocalDate.now(clock)).startingArr() != null) {
            return;
        }
        long started = System.nanoTime();
        Map<NrrComponent, CadenceUser> owners = owners();
        loadQuarter(current.plus(-2), BEFORE_LAST, owners, cfo);
        loadQuarter(current.plus(-1), LAST, owners, cfo);
        loadQuarter(current, CURRENT, owners, cfo);
        loadAccounts(current);
        log.info("Demo NRR: three quarters and six at-risk accounts loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The owners the decision-rights map gives: at-risk escalation's decider for churn and contraction, expansion's for expansion. */
    private Map<NrrComponent, CadenceUser> owners() {
        List<DecisionAreaSummary> areas = rights.summaries();
        String retention = decider(areas, "At-risk escalation", "vpcs");
        String expansion = decider(areas, "Expansion pipeline ownership", "cro");
        Map<NrrComponent, CadenceUser> owners = new EnumMap<>(NrrComponent.class);
        owners.put(NrrComponent.CHURN, people.principalOf(retention));
        owners.put(NrrComponent.CONTRACTION, people.principalOf(retention));
        owners.put(NrrComponent.EXPANSION, people.principalOf(expansion));
        return owners;
    }

    private String decider(List<DecisionAreaSummary> areas, String area, String otherwise) {
        return areas.stream().filter(a -> a.name().equals(area) && a.deciderId() != null).findFirst()
                .map(a -> people.get(a.deciderId()).username()).orElse(otherwise);
    }

    private void loadQuarter(FiscalQuarter quarter, Story story, Map<NrrComponent, CadenceUser> owners, CadenceUser cfo) {
        CadenceUser cro = people.principalOf("cro");
        LocalDate firstMonday = quarter.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate today = LocalDate.now(clock);
        at(firstMonday.minusDays(firstMonday.equals(quarter.start()) ? 0 : 1), 9, cfo, () -> nrr.setBaseline(quarter,
                money(story.start()), money(story.renewals()), 0, cfo));
        at(firstMonday, 10, cro, () -> {
            for (NrrComponent c : NrrComponent.values()) {
                nrr.assignOwner(quarter, c, owners.get(c).personId(), version(quarter, c), cro);
            }
        });
        for (NrrComponent c : NrrComponent.values()) {
            List<Step> path = story.paths().get(c);
            // Spread over the quarter's weeks (the open quarter: one a week up to this week).
            int weeks = 13;
            for (int i = 0; i < path.size(); i++) {
                int week = story.actuals() == null ? i : Math.round((float) i * (weeks - 1) / Math.max(1, path.size() - 1));
                LocalDate day = firstMonday.plusWeeks(week).plusDays(c.ordinal() % 2);
                if (day.isAfter(today) || day.isAfter(quarter.end())) {
                    break;
                }
                Step step = path.get(i);
                CadenceUser owner = owners.get(c);
                at(day, 15 + c.ordinal(), owner, () -> nrr.updateForecast(quarter, c, money(step.amount()), step.reason(),
                        version(quarter, c), owner));
            }
        }
        if (story.actuals() != null) {
            at(quarter.end().plusDays(4), 11, cfo, () -> nrr.enterActuals(quarter, money(story.actuals()[0]), money(story.actuals()[1]),
                    money(story.actuals()[2]), nrr.page(quarter.key(), cfo).quarterVersion(), cfo));
        }
    }

    private void loadAccounts(FiscalQuarter quarter) {
        CadenceUser vpcs = people.principalOf("vpcs");
        CadenceUser cro = people.principalOf("cro");
        CadenceUser ceo = people.principalOf("ceo");
        LocalDate q = quarter.start();
        LocalDate today = LocalDate.now(clock);
        AccountView summit = add(q.plusDays(1), vpcs, new AccountSpec("Summit Dental Partners", amount(72_000), q.plusDays(19), Risk.MEDIUM,
                "Price objection at renewal after the list-price rise; procurement asked for three quotes.",
                "Annual prepay with an 8% discount (inside the CRO's authority); usage review showing 30% time saved.",
                vpcs.personId(), Escalation.VP_CS), vpcs);
        AccountView corvid = add(q.plusDays(9), vpcs, new AccountSpec("Corvid Logistics", amount(310_000), q.plusDays(47), Risk.HIGH,
                "Our champion (VP Operations) left in October; the new VP is evaluating a cheaper routing tool.",
                "Exec sponsor meeting with Daniel Okafor; two-year price lock offered; success plan for the new VP's first 90 days.",
                vpcs.personId(), Escalation.VP_CS), vpcs);
        AccountView pinecrest = add(q.plusDays(15), vpcs, new AccountSpec("Pinecrest Credit Union", amount(185_000), q.plusDays(60),
                Risk.MEDIUM, "Budget freeze: asked to move from Enterprise to Growth at renewal (−$60K).",
                "Phased downgrade keeping the analytics add-on; CFO to approve a 10% multi-year discount.", cro.personId(),
                Escalation.NONE), vpcs);
        AccountView halcyon = add(q.plusDays(16), vpcs, new AccountSpec("Halcyon Retail Group", amount(540_000), q.plusDays(80), Risk.MEDIUM,
                "Usage down 38% since their re-platforming; only 2 of 5 regions live on the new stack.",
                "Onboarding sprint for the three remaining regions; weekly usage review with their CIO.", vpcs.personId(),
                Escalation.VP_CS), vpcs);
        add(q.plusDays(22), vpcs, new AccountSpec("Meridian Freight", amount(120_000), q.plusDays(68), Risk.MEDIUM,
                "Three P1 support tickets in November; their ops lead is now an NPS detractor.",
                "Root-cause review with Engineering by 5 Dec; service credit offered; QBR moved forward.", vpcs.personId(),
                Escalation.VP_CS), vpcs);
        add(q.plusDays(23), cro, new AccountSpec("Brightwater Analytics", amount(95_000), q.plusDays(88), Risk.LOW,
                "Acquired by a company that uses a competitor; a vendor consolidation review is likely next year.",
                "Map the new parent's stakeholders; propose one agreement covering both.", cro.personId(), Escalation.NONE), cro);
        // What happened since: Summit saved, Corvid escalated to the CRO, Halcyon to the CEO.
        at(q.plusDays(18), 14, vpcs, () -> accounts.close(summit.id(), Escalation.SAVED, summit.version(), vpcs));
        at(q.plusDays(16), 17, cro, () -> {
            AccountView now = accounts.account(corvid.id(), cro);
            accounts.save(corvid.id(), with(now, Risk.HIGH, Escalation.CRO), now.version(), cro);
        });
        if (!q.plusDays(29).isAfter(today)) {
            at(q.plusDays(29), 12, ceo, () -> {
                AccountView now = accounts.account(halcyon.id(), ceo);
                accounts.save(halcyon.id(), new AccountSpec(now.account(), now.arr(), now.renewalDate(), Risk.HIGH, now.reason(),
                        "CEO-to-CEO call on 3 Dec; onboarding sprint for the three remaining regions; weekly usage review with their CIO.",
                        now.ownerId(), Escalation.CEO), now.version(), ceo);
            });
        }
        at(q.plusDays(24), 10, vpcs, () -> {
            AccountView now = accounts.account(pinecrest.id(), vpcs);
            accounts.save(pinecrest.id(), with(now, Risk.MEDIUM, Escalation.VP_CS), now.version(), vpcs);
        });
    }

    private static AccountSpec with(AccountView a, Risk risk, Escalation escalation) {
        return new AccountSpec(a.account(), a.arr(), a.renewalDate(), risk, a.reason(), a.savePlan(), a.ownerId(), escalation);
    }

    private AccountView add(LocalDate day, CadenceUser by, AccountSpec spec, CadenceUser who) {
        AccountView[] added = new AccountView[1];
        at(day, 11, who, () -> added[0] = accounts.add(spec, by));
        return added[0];
    }

    private long version(FiscalQuarter quarter, NrrComponent c) {
        return nrr.now(quarter, cro()).component(c).version();
    }

    private CadenceUser cro() {
        if (croUser == null) {
            croUser = people.principalOf("cro");
        }
        return croUser;
    }

    /** Runs the work as {@code who} at {@code hour}:00 UTC of {@code day} (never later than now). */
    private void at(LocalDate day, int hour, CadenceUser who, Runnable work) {
        Instant when = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        Instant now = clock.instant();
        try (var scope = clock.at(when.isAfter(now) ? now : when)) {
            RunAs.run(who, work);
        }
    }

    private static TypedNumber money(long amount) {
        return TypedNumber.of(BigDecimal.valueOf(amount));
    }

    private static BigDecimal amount(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
