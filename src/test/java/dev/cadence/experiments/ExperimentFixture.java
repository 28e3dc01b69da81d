package dev.cadence.experiments;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.AreaRow;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.RightRole;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.HistoricValue;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricFixture;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.AsPerson;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Experiments of one test's own, on metrics of its own with known values, judged over a window in the past: the run
 * is the six weeks from the Monday eight weeks ago to the Sunday three weeks ago, the window its last four weeks.
 * <pre>{@code
 * ExperimentFixture f = ExperimentFixture.create(...);      // a win-rate metric and a churn metric, segmented
 * f.values(f.win, "enterprise", "24.0", "25.5", "23.1", "24.4");
 * long id = f.startedInThePast(f.input("Bundle", f.win, "enterprise", "24", f.churn, "enterprise", "2.0"), owner);
 * }</pre>
 */
final class ExperimentFixture {

    final ExperimentService experiments;
    final ScorecardService scorecard;
    final ApplicationClock clock;
    final String win;
    final String churn;
    final long ownerId;
    final LocalDate runStart;
    final LocalDate runEnd;
    final List<Period> window;

    private ExperimentFixture(ExperimentService experiments, ScorecardService scorecard, ApplicationClock clock, String win, String churn,
                              long ownerId, int fiscalStart) {
        this.experiments = experiments;
        this.scorecard = scorecard;
        this.clock = clock;
        this.win = win;
        this.churn = churn;
        this.ownerId = ownerId;
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.runStart = thisMonday.minusWeeks(8);
        this.runEnd = thisMonday.minusWeeks(2).minusDays(1);
        Period last = Periods.current(Cadence.WEEKLY, runEnd, fiscalStart);
        this.window = Periods.between(last.plus(-3), last);
    }

    /** Two approved weekly percentage metrics of the test's own, by segment: a win rate and a churn (lower is better). */
    static ExperimentFixture create(ExperimentService experiments, ScorecardService scorecard, MetricDefinitionService definitions,
                                    PersonService people, CompanyService company, ApplicationClock clock, long ownerId) {
        String[] keys = new String[2];
        AsPerson.run(people.principalOf("revops"), () -> {
            keys[0] = MetricFixture.metric(definitions, people).key("exp-win").named("Experiment win rate").segmented().ownedBy(ownerId)
                    .create().key();
            keys[1] = MetricFixture.metric(definitions, people).key("exp-churn").named("Experiment churn").lowerIsBetter().segmented()
                    .ownedBy(ownerId).create().key();
        });
        return new ExperimentFixture(experiments, scorecard, clock, keys[0], keys[1], ownerId, company.profile().fiscalYearStartMonth());
    }

    /** The metric's values for the window's four weeks, oldest first ({@code null}: none that week). */
    void values(String metricKey, String segmentKey, String... byWeek) {
        List<HistoricValue> history = new ArrayList<>();
        for (int i = 0; i < byWeek.length; i++) {
            if (byWeek[i] != null) {
                Period week = window.get(i);
                history.add(new HistoricValue(metricKey, week.key(), segmentKey, new BigDecimal(byWeek[i]), null, ownerId,
                        week.end().atTime(17, 0).toInstant(ZoneOffset.UTC)));
            }
        }
        scorecard.loadHistory(history);
    }

    /** A success criterion on the win metric (at least the threshold, average of four weeks) with one guardrail (at most the limit). */
    ExperimentInput input(String title, String segment, String threshold, String guardrailSegment, String limit) {
        List<ExperimentInput.GuardrailInput> rails = limit == null ? List.of()
                : List.of(new ExperimentInput.GuardrailInput(churn, guardrailSegment, Bound.AT_MOST, typed(limit)));
        return new ExperimentInput(title + " " + System.nanoTime() % 1_000_000, "We believe it works because it should.", "metric:" + win, win,
                "+1 pt", Bound.AT_LEAST, typed(threshold), segment, 4, Measure.AVERAGE, ownerId, null, runStart, runEnd, rails);
    }

    /** Written and started on the Monday eight weeks ago, as {@code by}. */
    long startedInThePast(ExperimentInput input, CadenceUser by) {
        long[] id = new long[1];
        try (var at = clock.at(runStart.atTime(9, 0).toInstant(ZoneOffset.UTC))) {
            AsPerson.run(by, () -> {
                ExperimentView v = experiments.create(input, by);
                id[0] = experiments.start(v.id(), v.version(), by).id();
            });
        }
        return id[0];
    }

    /** The experiment again, with one field changed. */
    static ExperimentInput with(ExperimentView v, Map<String, Object> changes) {
        Map<String, Object> f = new LinkedHashMap<>(changes);
        List<ExperimentInput.GuardrailInput> rails = v.guardrails().stream().map(g -> new ExperimentInput.GuardrailInput(g.metricKey(),
                g.segmentKey(), g.bound(), new TypedNumber(g.limit()))).toList();
        @SuppressWarnings("unchecked")
        List<ExperimentInput.GuardrailInput> guardrails = (List<ExperimentInput.GuardrailInput>) f.getOrDefault("guardrails", rails);
        return new ExperimentInput((String) f.getOrDefault("title", v.title()), v.hypothesis(), v.lever(), v.primaryMetricKey(),
                v.expectedImpact(), v.bound(), (TypedNumber) f.getOrDefault("threshold", new TypedNumber(v.threshold())), v.segmentKey(),
                (Integer) f.getOrDefault("windowPeriods", v.windowPeriods()), v.measure(), (Long) f.getOrDefault("ownerId", v.ownerId()),
                v.decisionAreaId(), v.plannedStart(), (LocalDate) f.getOrDefault("plannedEnd", v.plannedEnd()), guardrails);
    }

    /** A decision area of the test's own where {@code deciderId} holds Decide. */
    static long area(DecisionRightsService rights, PersonService people, long deciderId) {
        CadenceUser ceo = people.principalOf("ceo");
        long[] id = new long[1];
        AsPerson.run(ceo, () -> {
            AreaRow row = rights.createArea("Experiment area " + System.nanoTime(), null, ceo);
            id[0] = rights.replaceAssignments(row.id(), Map.of(deciderId, RightRole.DECIDE), row.version(), ceo).id();
        });
        return id[0];
    }

    static TypedNumber typed(String number) {
        return new TypedNumber(new BigDecimal(number));
    }

    Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
