package dev.cadence.demo;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.Direction;
import dev.cadence.scorecard.GovernanceStatus;
import dev.cadence.scorecard.HistoricValue;
import dev.cadence.scorecard.Indicator;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricSpec;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.ScorecardService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's scorecard: ten approved metrics with half a year of values by segment that tell a
 * story — most on track, enterprise pipeline coverage dipping after two large deals slipped,
 * speed-to-lead off track since two SDRs left, SMB churn creeping up — one draft metric, and one
 * proposal from Marketing waiting for RevOps. Loaded once: nothing is added when the metrics exist.
 */
@Component
@Profile("!prod")
@Order(20)
class DemoScorecard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoScorecard.class);
    private static final int WEEKS = 26;
    private static final int MONTHS = 13;
    private static final List<String> SEGMENTS = List.of("enterprise", "mid-market", "smb");

    private final MetricDefinitionService definitions;
    private final ScorecardService scorecard;
    private final PersonService people;
    private final CompanyService company;
    private final Clock clock;

    DemoScorecard(MetricDefinitionService definitions, ScorecardService scorecard, PersonService people,
                  CompanyService company, Clock clock) {
        this.definitions = definitions;
        this.scorecard = scorecard;
        this.people = people;
        this.company = company;
        this.clock = clock;
    }

    // Not one transaction: each change is its own revision, made while RunAs names the author.
    @Override
    public void run(ApplicationArguments args) {
        if (definitions.all().stream().anyMatch(m -> m.key().equals("pipeline-coverage"))) {
            return;
        }
        CadenceUser revops = people.principalOf("revops");
        RunAs.run(revops, () -> load(revops));
    }

    private void load(CadenceUser revops) {
        long cro = id("cro");
        long cmo = id("cmo");
        long cfo = id("cfo");
        long vpcs = id("vpcs");
        long ops = id("revops");
        LocalDate today = LocalDate.now(clock);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        List<Period> weeks = Periods.trailing(Cadence.WEEKLY, today, WEEKS, fiscalStart);
        List<Period> months = Periods.trailing(Cadence.MONTHLY, today, MONTHS, fiscalStart);

        define(revops, "pipeline-coverage", spec("Pipeline coverage",
                "Open qualified pipeline closing this quarter, divided by the bookings still needed to make the quarter.",
                "Sum of Stage 2+ opportunity ARR with close date this quarter ÷ (quarter bookings target − bookings won so far)",
                MetricUnit.RATIO, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, cro, Indicator.LEADING, "Pipeline", true, "15",
                "Salesforce: Pipeline by close quarter report", 10));
        define(revops, "win-rate", spec("Win rate",
                "Share of qualified opportunities that close won, counted when they close.",
                "Closed-won ÷ (closed-won + closed-lost) for Stage 2+ opportunities closed in the trailing 13 weeks",
                MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, cro, Indicator.LAGGING, "Win rate", true, "10",
                "Salesforce: Closed opportunities, trailing 13 weeks", 20));
        define(revops, "sales-cycle-days", spec("Sales cycle",
                "Days from an opportunity becoming qualified to closing won.",
                "Median of (close date − Stage 2 date) for opportunities won in the trailing 13 weeks",
                MetricUnit.DAYS, Direction.LOWER_IS_BETTER, Cadence.WEEKLY, cro, Indicator.LAGGING, "Sales cycle", true, "10",
                "Salesforce: Won opportunities with stage history", 30));
        define(revops, "asp", spec("Average selling price",
                "Average first-year ARR of new-logo deals won.",
                "New-logo ARR won in the month ÷ number of new logos won in the month",
                MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER, Cadence.MONTHLY, cfo, Indicator.LAGGING, "ASP", true, "10",
                "NetSuite bookings, reconciled with Salesforce", 40));
        define(revops, "gross-churn", spec("Gross revenue churn",
                "ARR lost to cancellations and downgrades in the month, as a share of ARR at the start of the month.",
                "(Churned ARR + contraction ARR) ÷ ARR at month start",
                MetricUnit.PERCENT, Direction.LOWER_IS_BETTER, Cadence.MONTHLY, vpcs, Indicator.LAGGING, "Gross churn", true, "25",
                "ChartMogul ARR movements", 50));
        define(revops, "nrr", spec("Net revenue retention",
                "ARR today from the customers we had twelve months ago, as a share of their ARR then.",
                "(Starting ARR + expansion − contraction − churn) ÷ starting ARR, trailing twelve months",
                MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, Cadence.MONTHLY, vpcs, Indicator.LAGGING, "Expansion", false, "5",
                "ChartMogul cohort report", 60));
        define(revops, "expansion-arr", spec("Expansion ARR",
                "New ARR from existing customers: upsell, cross-sell and seat growth, booked in the week.",
                "Sum of expansion opportunity ARR closed won in the week",
                MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, vpcs, Indicator.LAGGING, "Expansion", true, "20",
                "Salesforce: Expansion opportunities won", 70));
        define(revops, "speed-to-lead", spec("Speed to lead",
                "Share of inbound demo requests an SDR contacts within the 15-minute SLA.",
                "Inbound demo requests with a logged SDR touch within 15 business minutes ÷ all inbound demo requests",
                MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, cro, Indicator.LEADING, "Pipeline created", false, "10",
                "HubSpot lead routing + Salesloft activity", 80));
        define(revops, "mql-to-sql", spec("MQL → SQL conversion",
                "Share of marketing-qualified leads that Sales accepts as sales-qualified within 30 days.",
                "SQLs created from MQLs of the cohort week ÷ MQLs of the cohort week",
                MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, cmo, Indicator.LEADING, "Pipeline created", false, "15",
                "HubSpot lifecycle stages", 90));
        define(revops, "ramp-time", spec("Ramp time",
                "Days from an account executive's start date to their first month at full quota.",
                "Median days to first full-quota month for AEs hired in the trailing twelve months",
                MetricUnit.DAYS, Direction.LOWER_IS_BETTER, Cadence.MONTHLY, ops, Indicator.LEADING, "Ramp", false, "15",
                "Workday hire dates + Salesforce quota attainment", 100));
        definitions.create("stage-2-to-3", spec("Stage 2 → 3 conversion",
                "Share of qualified opportunities that reach a scoped proposal within 45 days.",
                "Opportunities reaching Stage 3 within 45 days of Stage 2 ÷ opportunities entering Stage 2",
                MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, cro, Indicator.LEADING, "Win rate", true, "10",
                "Salesforce stage history", 110), GovernanceStatus.DRAFT, revops);

        String first = weeks.get(0).key();
        String firstMonth = months.get(0).key();
        target(revops, "pipeline-coverage", first, Map.of("", "3.0", "enterprise", "3.2", "mid-market", "3.0", "smb", "2.5"));
        target(revops, "win-rate", first, Map.of("", "24", "enterprise", "22", "mid-market", "26", "smb", "28"));
        // Raised for the last quarter of the year after the pricing change.
        target(revops, "win-rate", weeks.get(WEEKS - 8).key(), Map.of("", "25"));
        target(revops, "sales-cycle-days", first, Map.of("", "70", "enterprise", "110", "mid-market", "60", "smb", "30"));
        target(revops, "asp", firstMonth, Map.of("", "48000", "enterprise", "145000", "mid-market", "42000", "smb", "14000"));
        target(revops, "gross-churn", firstMonth, Map.of("", "0.8", "enterprise", "0.4", "mid-market", "0.8", "smb", "1.6"));
        target(revops, "nrr", firstMonth, Map.of("", "112"));
        target(revops, "expansion-arr", first, Map.of("", "120000", "enterprise", "70000", "mid-market", "35000", "smb", "15000"));
        target(revops, "speed-to-lead", first, Map.of("", "90"));
        target(revops, "mql-to-sql", first, Map.of("", "28"));
        target(revops, "ramp-time", firstMonth, Map.of("", "120"));

        List<HistoricValue> values = new ArrayList<>();
        Random random = new Random(47);
        Map<String, Long> owners = Map.of("pipeline-coverage", cro, "win-rate", cro, "sales-cycle-days", cro, "asp", cfo,
                "gross-churn", vpcs, "nrr", vpcs, "expansion-arr", vpcs, "speed-to-lead", cro, "mql-to-sql", cmo,
                "ramp-time", ops);

        // Enterprise coverage falls in the last three weeks: two $400K deals pushed to next quarter.
        series(values, random, owners, "pipeline-coverage", weeks, 2, 0.12, Map.of(
                "", new double[] {3.1, 3.2}, "enterprise", new double[] {3.4, 3.5}, "mid-market", new double[] {2.9, 3.1},
                "smb", new double[] {2.5, 2.7}), false,
                Map.of("enterprise", new double[] {2.9, 2.6, 2.4}, "", new double[] {3.0, 2.8, 2.7}),
                Map.of(-1, "Enterprise coverage fell to 2.4×: Northwind ($420K) and Helix Bank ($380K) pushed to Q1. "
                        + "Decision needed: pull two mid-market deals forward or accept a Q4 gap of ~$0.6M.",
                        -3, "Coverage still above 3× company-wide, but enterprise late-stage is thin."));
        series(values, random, owners, "win-rate", weeks, 1, 1.2, Map.of(
                "", new double[] {23, 25.5}, "enterprise", new double[] {21, 23}, "mid-market", new double[] {25, 24},
                "smb", new double[] {28, 30}), false,
                Map.of("mid-market", new double[] {23.5, 23.0, 22.8}),
                Map.of(-1, "Mid-market win rate slipping: we lose on price to the new bundle from Competitor A. "
                        + "Implies a packaging decision for the GTM council.",
                        -6, "Pricing change landed; enterprise wins up two points."));
        series(values, random, owners, "sales-cycle-days", weeks, 0, 3, Map.of(
                "", new double[] {78, 72}, "enterprise", new double[] {125, 114}, "mid-market", new double[] {62, 58},
                "smb", new double[] {32, 29}), false, Map.of(),
                Map.of(-2, "Legal review template cut two weeks from enterprise cycles."));
        series(values, random, owners, "expansion-arr", weeks, 0, 18000, Map.of(
                "", new double[] {105000, 128000}, "enterprise", new double[] {60000, 76000},
                "mid-market", new double[] {30000, 36000}, "smb", new double[] {15000, 16000}), true, Map.of(),
                Map.of(-2, "Two enterprise seat expansions (Orbital, Canopy) closed early."));
        series(values, random, owners, "speed-to-lead", weeks, 1, 2.5, Map.of("", new double[] {91, 89}), true,
                Map.of("", new double[] {84, 78, 74, 71}),
                Map.of(-2, "Two SDRs left in October; inbound queue waits 40+ minutes in the afternoon. "
                        + "Ask: approve two backfills now, route overflow to the AE on duty.",
                        -4, "Afternoon coverage gap opened after SDR attrition."));
        series(values, random, owners, "mql-to-sql", weeks, 1, 1.6, Map.of("", new double[] {26, 29.5}), false,
                Map.of(), Map.of(-1, "Webinar MQLs convert at half the rate of demo requests; we should score them differently."));
        series(values, random, owners, "asp", months, 0, 1800, Map.of(
                "", new double[] {46000, 49500}, "enterprise", new double[] {138000, 151000},
                "mid-market", new double[] {41000, 43500}, "smb", new double[] {13500, 14200}), false, Map.of(),
                Map.of(-1, "Enterprise ASP up after the platform-tier packaging; discounting held at 18%."));
        series(values, random, owners, "gross-churn", months, 2, 0.08, Map.of(
                "", new double[] {0.75, 0.85}, "enterprise", new double[] {0.35, 0.38},
                "mid-market", new double[] {0.7, 0.8}, "smb", new double[] {1.5, 1.95}), false,
                Map.of("smb", new double[] {1.9, 2.1}),
                Map.of(-1, "SMB churn above 2%: customers onboarded without a CSM in Q2 are not adopting. "
                        + "Proposal: pooled CS for SMB from December."));
        series(values, random, owners, "nrr", months, 1, 0.6, Map.of("", new double[] {110, 113}), false, Map.of(),
                Map.of(-1, "NRR 113% on the back of enterprise expansion; SMB drags it by a point."));
        series(values, random, owners, "ramp-time", months, 1, 4, Map.of("", new double[] {138, 124}), true, Map.of(),
                Map.of(-2, "New onboarding bootcamp: September cohort ramping three weeks faster."));
        int stored = scorecard.loadHistory(values);

        // A clarification RevOps made after the QBR, so the history has a story too.
        MetricView winRate = definitions.get("win-rate");
        MetricSpec clarified = new MetricSpec(winRate.name(), winRate.definition()
                + " Qualified means the opportunity reached Stage 2 (discovery done, champion named).",
                winRate.calculation(), winRate.unit(), winRate.direction(), winRate.cadence(), winRate.ownerId(),
                winRate.indicator(), winRate.lever(), winRate.segmented(), winRate.atRiskBandPercent(), winRate.dataSource(),
                winRate.displayOrder());
        definitions.update("win-rate", clarified, winRate.version(), revops);

        // Marketing and Sales disagree on what counts as an MQL: a proposal waits for RevOps.
        MetricView mql = definitions.get("mql-to-sql");
        MetricSpec proposed = new MetricSpec(mql.name(),
                "Share of marketing-qualified leads that an SDR accepts within 48 hours and that become sales-qualified within 30 days.",
                "SQLs created within 30 days from MQLs accepted by an SDR within 48h ÷ MQLs of the cohort week",
                mql.unit(), mql.direction(), mql.cadence(), mql.ownerId(), mql.indicator(), mql.lever(), mql.segmented(),
                mql.atRiskBandPercent(), mql.dataSource(), mql.displayOrder());
        definitions.propose("mql-to-sql", proposed, "Sales and Marketing count MQLs differently: webinar sign-ups never "
                + "reach an SDR. Counting only accepted MQLs ends the weekly argument about lead quality.",
                people.principalOf("cmo"));
        log.info("Loaded the demo scorecard: 10 approved metrics, {} values.", stored);
    }

    private void define(CadenceUser revops, String key, MetricSpec spec) {
        definitions.create(key, spec, GovernanceStatus.APPROVED, revops);
    }

    private void target(CadenceUser revops, String key, String from, Map<String, String> bySegment) {
        bySegment.forEach((segment, value) -> definitions.setTarget(key, from, segment, new BigDecimal(value), revops));
    }

    /**
     * Values drifting from a start to an end level with noise, for company-wide ("") and segments,
     * then the story's last values and narratives (by offset from the newest period, -1 = newest).
     *
     * @param decimals       rounding of the values
     * @param currentMissing leave the newest period empty (its owner has not entered it yet)
     */
    private void series(List<HistoricValue> out, Random random, Map<String, Long> owners, String key, List<Period> periods,
                        int decimals, double noise, Map<String, double[]> levels, boolean currentMissing,
                        Map<String, double[]> endings, Map<Integer, String> narratives) {
        int n = periods.size();
        int last = currentMissing ? n - 2 : n - 1;
        for (Map.Entry<String, double[]> level : levels.entrySet()) {
            String segment = level.getKey().isEmpty() ? null : level.getKey();
            double[] ending = endings.getOrDefault(level.getKey(), new double[0]);
            for (int i = 0; i <= last; i++) {
                double v = level.getValue()[0] + (level.getValue()[1] - level.getValue()[0]) * i / Math.max(1, n - 1)
                        + random.nextGaussian() * noise;
                int fromEnd = last - i;
                if (fromEnd < ending.length) {
                    v = ending[ending.length - 1 - fromEnd];
                }
                // Narratives go with the company-wide line and with the segment the story is about.
                boolean storyLine = segment == null || endings.containsKey(level.getKey());
                String narrative = storyLine ? narratives.get(-(fromEnd + 1)) : null;
                Period p = periods.get(i);
                out.add(new HistoricValue(key, p.key(), segment,
                        BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP), narrative, owners.get(key),
                        p.end().atTime(17, 30).toInstant(ZoneOffset.UTC).isAfter(clock.instant())
                                ? clock.instant() : p.end().atTime(17, 30).toInstant(ZoneOffset.UTC)));
            }
        }
    }

    private MetricSpec spec(String name, String definition, String calculation, MetricUnit unit, Direction direction,
                            Cadence cadence, long owner, Indicator indicator, String lever, boolean segmented,
                            String atRiskBand, String dataSource, int order) {
        return new MetricSpec(name, definition, calculation, unit, direction, cadence, owner, indicator, lever, segmented,
                new BigDecimal(atRiskBand), dataSource, order);
    }

    private long id(String username) {
        return people.principalOf(username).personId();
    }
}
