package dev.cadence.experiments;

import dev.cadence.company.SegmentView;
import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.drivers.LeverRef;
import dev.cadence.people.PersonView;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.MetricView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What turns an experiment's ids and keys into words, read once per page: people, metric definitions, segments, the
 * trees' levers and (where needed) the decision areas.
 */
final class ExperimentContext {

    private final Map<Long, PersonView> people;
    private final Map<String, MetricView> metrics;
    private final Map<Long, SegmentView> segments;
    private final Map<String, LeverRef> levers;
    private final Map<Long, DecisionAreaSummary> areas;
    private final List<PersonView> peopleInOrder;
    private final List<MetricView> metricsInOrder;
    private final List<SegmentView> segmentsInOrder;
    private final List<DecisionAreaSummary> areasInOrder;
    final int fiscalYearStartMonth;

    ExperimentContext(List<PersonView> people, List<MetricView> metrics, List<SegmentView> segments, List<LeverRef> levers,
                      List<DecisionAreaSummary> areas, int fiscalYearStartMonth) {
        this.people = people.stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        this.metrics = metrics.stream().collect(Collectors.toMap(MetricView::key, Function.identity()));
        this.segments = segments.stream().collect(Collectors.toMap(SegmentView::id, Function.identity()));
        this.peopleInOrder = people;
        this.metricsInOrder = metrics;
        this.segmentsInOrder = segments;
        this.areasInOrder = areas == null ? List.of() : areas;
        this.levers = levers == null ? null : levers.stream().collect(Collectors.toMap(l -> LeverChoice.driver(l.treeId(), l.key()), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        this.areas = areas == null ? Map.of() : areas.stream().collect(Collectors.toMap(DecisionAreaSummary::id, Function.identity()));
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    String personName(Long id) {
        PersonView p = id == null ? null : people.get(id);
        return p == null ? (id == null ? null : "person " + id) : p.name();
    }

    PersonView person(long id) {
        return people.get(id);
    }

    MetricView metric(String key) {
        return key == null ? null : metrics.get(key);
    }

    String metricName(String key) {
        MetricView m = metric(key);
        return m == null ? key : m.name();
    }

    MetricUnit unit(String metricKey) {
        MetricView m = metric(metricKey);
        return m == null ? MetricUnit.COUNT : m.unit();
    }

    SegmentView segment(Long id) {
        return id == null ? null : segments.get(id);
    }

    String segmentKey(Long id) {
        SegmentView s = segment(id);
        return s == null ? null : s.key();
    }

    Long segmentId(String key) {
        return segments.values().stream().filter(s -> s.key().equals(key)).map(SegmentView::id).findFirst().orElse(null);
    }

    LeverRef lever(Long treeId, String key) {
        return treeId == null || levers == null ? null : levers.get(LeverChoice.driver(treeId, key));
    }

    /** Every tree's levers, in order (empty when not read). */
    List<LeverRef> levers() {
        return levers == null ? List.of() : List.copyOf(levers.values());
    }

    /** The approved metrics, in scorecard order: what a criterion, a guardrail or a lever may name. */
    List<MetricView> approvedMetrics() {
        return metricsInOrder.stream().filter(m -> m.status() == dev.cadence.scorecard.GovernanceStatus.APPROVED).toList();
    }

    List<SegmentView> segments() {
        return segmentsInOrder;
    }

    /** Who may own an experiment: active people who write, by name. */
    List<PersonView> owners() {
        return peopleInOrder.stream().filter(PersonView::mayOwnWork).sorted(java.util.Comparator.comparing(PersonView::name)).toList();
    }

    List<DecisionAreaSummary> areas() {
        return areasInOrder;
    }

    DecisionAreaSummary area(Long id) {
        return id == null ? null : areas.get(id);
    }

    String areaName(Long id) {
        DecisionAreaSummary a = area(id);
        return a == null ? null : a.name();
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    /** "30 Nov 2026": a day in the words history and messages use. */
    static String day(java.time.LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** "Win rate · Mid-market": a metric for a segment, or company-wide. */
    String metricLabel(String metricKey, Long segmentId) {
        SegmentView s = segment(segmentId);
        return metricName(metricKey) + (s == null ? "" : " · " + s.name());
    }

    /** "25%", "$40K": a number in the metric's unit. */
    String number(String metricKey, BigDecimal value) {
        return value == null ? "—" : unit(metricKey).format(value);
    }

    /** "Win rate · Mid-market ≥ 25% on average over 6 weeks". */
    String criterion(String metricKey, Long segmentId, Bound bound, BigDecimal threshold, Measure measure, int windowPeriods) {
        MetricView m = metric(metricKey);
        String unit = m == null ? "period" : m.cadence().unit();
        return metricLabel(metricKey, segmentId) + " " + bound.sign() + " " + number(metricKey, threshold) + " " + measure.words() + " "
                + windowPeriods + " " + unit + (windowPeriods == 1 ? "" : "s");
    }

    /** "Gross revenue churn · SMB must stay ≤ 2.2%". */
    String guardrail(ExperimentSpec.GuardrailSpec g) {
        return metricLabel(g.metricKey(), g.segmentId()) + " must stay " + g.bound().sign() + " " + number(g.metricKey(), g.limit());
    }

    /** The lever in words: a tree's lever (by name and tree) or a scorecard metric; one removed from its tree says so. */
    String leverLabel(Long treeId, String leverKey, String leverMetricKey) {
        if (leverMetricKey != null) {
            return metricName(leverMetricKey) + " (scorecard metric)";
        }
        if (levers == null) {
            return leverKey;
        }
        LeverRef l = lever(treeId, leverKey);
        return l == null ? leverKey + " (no longer in its tree)" : l.label();
    }
}
