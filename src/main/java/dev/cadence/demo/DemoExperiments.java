package dev.cadence.demo;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionService;
import dev.cadence.drivers.DriverService;
import dev.cadence.drivers.LeverRef;
import dev.cadence.experiments.Bound;
import dev.cadence.experiments.DecisionInput;
import dev.cadence.experiments.ExperimentFilter;
import dev.cadence.experiments.ExperimentInput;
import dev.cadence.experiments.ExperimentInput.GuardrailInput;
import dev.cadence.experiments.ExperimentService;
import dev.cadence.experiments.ExperimentView;
import dev.cadence.experiments.Measure;
import dev.cadence.experiments.Resolution;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's experiment log, loaded through the ordinary services at the days things happened, against the demo
 * scorecard's values (so the verdicts are the scorecard's own):
 * <ul>
 *   <li><b>Platform tier for enterprise</b> (packaging): enterprise ASP ≥ $144K on average over three months; concluded
 *       met (ASP rose from about $139K to about $148K), scaled by the CEO, who decides packaging;</li>
 *   <li><b>Partner webinars for SMB pipeline</b> (pipeline source shift): SMB pipeline coverage ≥ 2.8× over six weeks;
 *       concluded not met (about 2.6×, flat), retired by the CMO, who decides campaign budget;</li>
 *   <li><b>Mid-market Growth bundle at $38K</b> (pricing test): running since last Monday, its window still ahead,
 *       amended once to add Finance's ASP floor;</li>
 *   <li><b>AE on duty takes afternoon inbound</b>: a draft for next week, while the SDR backfills are hired.</li>
 * </ul>
 * The thresholds sit several standard deviations from the demo's noisy values, so every start tells the same story.
 * Loaded once: nothing is added when the first experiment exists.
 */
@Component
@Profile("!prod")
@Order(55)
class DemoExperiments implements ApplicationRunner {

    static final String BUNDLE = "Mid-market Growth bundle at $38K";

    private final ExperimentService experiments;
    private final DriverService drivers;
    private final DecisionService decisions;
    private final PersonService people;
    private final ApplicationClock clock;

    DemoExperiments(ExperimentService experiments, DriverService drivers, DecisionService decisions, PersonService people,
                    ApplicationClock clock) {
        this.experiments = experiments;
        this.drivers = drivers;
        this.decisions = decisions;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (experiments.list(ExperimentFilter.none()).experiments().stream().map(ExperimentView::title).anyMatch(BUNDLE::equals)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate thisMonth = today.withDayOfMonth(1);
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        CadenceUser cmo = people.principalOf("cmo");
        CadenceUser revops = people.principalOf("revops");

        // Packaging: three months of enterprise deals on the platform tier, judged on the three months' average ASP.
        LocalDate platformStart = thisMonth.minusMonths(4);
        LocalDate platformEnd = thisMonth.minusMonths(1).minusDays(1);
        ExperimentView platform = at(platformStart.minusDays(6), cmo, () -> experiments.create(new ExperimentInput(
                "Platform tier for enterprise",
                "We believe packaging analytics, SSO and the audit log into a Platform tier priced 15% above Business will raise "
                        + "enterprise ASP to $144K or more, because enterprise buyers already ask for those three and get them as "
                        + "discounted add-ons today.",
                lever("asp_ent"), "asp", "Enterprise ASP from about $139K to $145K+ (sensitivity: +$5K ASP ≈ +$240K new ARR a year).",
                Bound.AT_LEAST, number("144000"), "enterprise", 3, Measure.AVERAGE, cmo.personId(), area("Packaging"),
                platformStart, platformEnd, List.of(
                        new GuardrailInput("win-rate", "enterprise", Bound.AT_LEAST, number("17")),
                        new GuardrailInput("sales-cycle-days", "enterprise", Bound.AT_MOST, number("135")))), cmo));
        platform = at(platformStart, cmo, started(platform.id(), cmo));
        long platformId = platform.id();
        platform = at(platformEnd.plusDays(4), cmo, () -> experiments.conclude(platformId,
                "Every new enterprise deal from August took the Platform tier; ASP rose from about $139K to about $148K with "
                        + "discounting held at 18%. Win rates and cycle times did not move: buyers did not balk at the price.",
                experiments.get(platformId).version(), cmo));
        at(platformEnd.plusDays(11), cmo, () -> experiments.decide(platformId, new DecisionInput(Resolution.SCALE,
                "Met with margin and no guardrail touched. Make Platform the default enterprise tier from the next price book; "
                        + "Business stays for mid-market.", null, ceo.personId(), null, null,
                "We decided: Platform becomes the default tier for enterprise. Why: it lifted enterprise ASP by about $9K with no "
                        + "loss of win rate. What changes for you: quote Platform first; Business needs deal-desk approval for enterprise.",
                null, null), experiments.get(platformId).version(), cmo));

        // Pipeline source shift: six weeks of partner webinars instead of a quarter of SMB paid search.
        LocalDate webinarStart = thisMonday.minusWeeks(14);
        LocalDate webinarEnd = thisMonday.minusWeeks(8).minusDays(1);
        ExperimentView webinars = at(webinarStart.minusDays(4), cmo, () -> experiments.create(new ExperimentInput(
                "Partner webinars for SMB pipeline",
                "We believe moving 25% of SMB paid-search budget to partner-led webinars will raise SMB pipeline coverage to 2.8×, "
                        + "because partner audiences looked twice as likely to book a demo in the spring pilot.",
                lever("opportunities_smb"), "pipeline-coverage", "+50 SMB opportunities a quarter, coverage from 2.6× to 2.8×.",
                Bound.AT_LEAST, number("2.8"), "smb", 6, Measure.AVERAGE, cmo.personId(), area("Campaign budget"),
                webinarStart, webinarEnd, List.of(new GuardrailInput("mql-to-sql", null, Bound.AT_LEAST, number("22")))), cmo));
        webinars = at(webinarStart, cmo, started(webinars.id(), cmo));
        long webinarsId = webinars.id();
        at(webinarEnd.plusDays(2), cmo, () -> experiments.conclude(webinarsId,
                "Six webinars with three partners brought 410 sign-ups, but SMB coverage stayed at about 2.6×: webinar MQLs convert "
                        + "at half the rate of demo requests, so the top of the funnel filled and the pipeline did not.",
                experiments.get(webinarsId).version(), cmo));
        at(webinarEnd.plusDays(10), cmo, () -> experiments.decide(webinarsId, new DecisionInput(Resolution.RETIRE,
                "Not met: more MQLs, not more pipeline. The budget goes back to paid search; one partner webinar a quarter stays "
                        + "as a brand programme, scored apart from demo requests.", null, cmo.personId(), null, null,
                "We decided: partner webinars stop as an SMB pipeline source. Why: they added sign-ups but no pipeline. "
                        + "What changes for you: SDRs get paid-search leads back from next week.", null, null),
                experiments.get(webinarsId).version(), cmo));

        // Pricing test: running since last Monday; Finance's ASP floor was added the day after it started.
        LocalDate bundleStart = thisMonday.minusWeeks(1);
        LocalDate bundleEnd = thisMonday.plusWeeks(7).minusDays(1);
        ExperimentView bundle = at(bundleStart.minusDays(3), cro, () -> experiments.create(new ExperimentInput(BUNDLE,
                "We believe a mid-market Growth bundle — core platform with two analytics seats at $38K a year, prepaid annually — "
                        + "will bring mid-market win rate back to 25%, because we now lose on price to Competitor A's new bundle.",
                lever("win_rate_mm"), "win-rate", "Mid-market win rate from 23% to 25%: about +$200K new ARR this fiscal year.",
                Bound.AT_LEAST, number("25"), "mid-market", 6, Measure.AVERAGE, cro.personId(), area("Pricing and discount approval"),
                bundleStart, bundleEnd, List.of(new GuardrailInput("sales-cycle-days", "mid-market", Bound.AT_MOST, number("65")))), cro));
        bundle = at(bundleStart, cro, started(bundle.id(), cro));
        ExperimentView running = bundle;
        at(bundleStart.plusDays(1), cro, () -> experiments.update(running.id(), new ExperimentInput(running.title(), running.hypothesis(),
                running.lever(), running.primaryMetricKey(), running.expectedImpact(), running.bound(), number("25"), running.segmentKey(),
                running.windowPeriods(), running.measure(), running.ownerId(), running.decisionAreaId(), running.plannedStart(),
                running.plannedEnd(), List.of(new GuardrailInput("sales-cycle-days", "mid-market", Bound.AT_MOST, number("65")),
                        new GuardrailInput("asp", "mid-market", Bound.AT_LEAST, number("40000")))),
                "Finance asked for an ASP floor: the bundle must win deals without pulling mid-market ASP below $40K.",
                running.version(), cro));

        // A draft for next week: the AE on duty takes afternoon inbound until the SDR backfills ramp.
        RunAs.run(revops, () -> experiments.create(new ExperimentInput("AE on duty takes afternoon inbound",
                "We believe routing inbound demo requests after 1 pm to the AE on duty will bring speed-to-lead back above 85%, "
                        + "because the afternoon queue waits 40+ minutes since two SDRs left.",
                "metric:speed-to-lead", "speed-to-lead", "Speed-to-lead from about 72% to 85%+; fewer inbound demos lost to competitors.",
                Bound.AT_LEAST, number("85"), null, 4, Measure.AVERAGE, cro.personId(), area("Hiring plan"),
                thisMonday.plusWeeks(1), thisMonday.plusWeeks(5).minusDays(1),
                List.of(new GuardrailInput("sales-cycle-days", "mid-market", Bound.AT_MOST, number("62")))), revops));
    }

    private java.util.function.Supplier<ExperimentView> started(long id, CadenceUser who) {
        return () -> experiments.start(id, experiments.get(id).version(), who);
    }

    /** Runs one step as that person on that day (at 15:00 UTC), so that history and dates say so. */
    private ExperimentView at(LocalDate day, CadenceUser who, java.util.function.Supplier<ExperimentView> step) {
        ExperimentView[] done = new ExperimentView[1];
        try (var at = clock.at(day.atTime(15, 0).toInstant(ZoneOffset.UTC))) {
            RunAs.run(who, () -> done[0] = step.get());
        }
        return done[0];
    }

    private String lever(String key) {
        LeverRef lever = drivers.levers().stream().filter(l -> l.treeName().equals(DemoDrivers.TREE) && l.key().equals(key))
                .findFirst().orElseThrow();
        return "driver:" + lever.treeId() + ":" + lever.key();
    }

    private Long area(String name) {
        return decisions.areas().stream().filter(a -> a.name().equals(name)).map(DecisionAreaSummary::id).findFirst().orElseThrow();
    }

    private static TypedNumber number(String value) {
        return new TypedNumber(new BigDecimal(value));
    }
}
