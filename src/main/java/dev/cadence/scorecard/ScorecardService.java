package dev.cadence.scorecard;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.governance.Proposals;
import dev.cadence.history.ChangeSet;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import dev.cadence.period.Cadence;
import dev.cadence.period.InvalidPeriodException;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TypedNumber;
import dev.cadence.web.UserText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard people read and fill in: the approved metrics over their trailing periods, judged
 * against their targets, and the owners' values with their narratives. A page costs a fixed number
 * of queries, however much history exists.
 */
@Service
public class ScorecardService {

    /** The scorecard shows this many periods of each metric's cadence, newest last. */
    public static final int TRAILING_PERIODS = 13;
    static final int NARRATIVE_MAX = 1000;

    private final MetricDefinitionRepository metrics;
    private final MetricValueRepository values;
    private final MetricTargetRepository targets;
    private final Proposals proposals;
    private final MetricDefinitionService definitions;
    private final CompanyService company;
    private final ScorecardCache cache;
    private final Clock clock;

    ScorecardService(MetricDefinitionRepository metrics, MetricValueRepository values, MetricTargetRepository targets,
                     Proposals proposals, MetricDefinitionService definitions, CompanyService company,
                     ScorecardCache cache, Clock clock) {
        this.metrics = metrics;
        this.values = values;
        this.targets = targets;
        this.proposals = proposals;
        this.definitions = definitions;
        this.company = company;
        this.cache = cache;
        this.clock = clock;
    }

    private record ScorecardKey(String segmentKey, long viewerId, Set<Role> viewerRoles) {
    }

    private record MetricPageKey(String metricKey, int periodsBack) {
    }

    /**
     * The scorecard for all segments (company-wide values) or for one segment, as this viewer sees it
     * (the cells they may enter): from {@link ScorecardCache} unless the scorecard changed since.
     */
    public ScorecardView scorecard(String segmentKey, CadenceUser viewer) {
        return cache.get(new ScorecardKey(segmentKey, viewer.personId(), viewer.roles()), () -> read(segmentKey, viewer));
    }

    private ScorecardView read(String segmentKey, CadenceUser viewer) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        List<SegmentView> segments = company.segments();
        SegmentView segment = segments.stream().filter(s -> s.key().equals(segmentKey)).findFirst().orElse(null);
        List<MetricView> approved = definitions.approved();
        LocalDate today = LocalDate.now(clock);

        Map<Cadence, List<Period>> columns = new EnumMap<>(Cadence.class);
        approved.forEach(m -> columns.computeIfAbsent(m.cadence(), c -> Periods.trailing(c, today, TRAILING_PERIODS, fiscalStart)));
        List<Long> ids = approved.stream().map(MetricView::id).toList();
        LocalDate from = columns.values().stream().map(p -> p.get(0).start()).min(Comparator.naturalOrder()).orElse(today);

        Map<String, MetricValue> valueByCell = new HashMap<>();
        Targets targetBook = new Targets(List.of());
        if (!ids.isEmpty()) {
            for (MetricValue v : values.findTrailing(ids, from, segment == null ? null : segment.id())) {
                valueByCell.put(cellKey(v.getMetricId(), v.getPeriodKey(), v.getSegmentId()), v);
            }
            if (segment != null) {
                // Metrics without a segment breakdown show their company-wide values under any segment.
                for (MetricValue v : values.findTrailing(ids, from, null)) {
                    valueByCell.putIfAbsent(cellKey(v.getMetricId(), v.getPeriodKey(), null), v);
                }
            }
            targetBook = new Targets(targets.findForMetrics(ids, today));
        }
        Map<Long, String> names = new HashMap<>();

        List<ScorecardSection> sections = new ArrayList<>();
        for (Map.Entry<Cadence, List<Period>> column : columns.entrySet()) {
            List<ScorecardRow> rows = new ArrayList<>();
            for (MetricView metric : approved) {
                if (metric.cadence() != column.getKey()) {
                    continue;
                }
                boolean companyWideOnly = segment != null && !metric.segmented();
                Long segmentId = companyWideOnly || segment == null ? null : segment.id();
                String shownSegmentKey = segmentId == null ? null : segment.key();
                boolean canEnter = ScorecardPermissions.canEnterValues(viewer, metric.ownerId());
                List<CellView> cells = new ArrayList<>();
                List<BigDecimal> trend = new ArrayList<>();
                List<Period> periods = column.getValue();
                for (int i = 0; i < periods.size(); i++) {
                    Period period = periods.get(i);
                    MetricValue v = valueByCell.get(cellKey(metric.id(), period.key(), segmentId));
                    BigDecimal target = targetBook.targetFor(metric.id(), period, segmentId);
                    cells.add(cell(metric, period, shownSegmentKey, v, target, i == periods.size() - 1, canEnter, names));
                    trend.add(v == null ? null : v.getValue());
                }
                Period current = periods.get(periods.size() - 1);
                BigDecimal currentTarget = targetBook.targetFor(metric.id(), current, segmentId);
                rows.add(new ScorecardRow(metric, currentTarget == null ? null : metric.unit().format(currentTarget), cells,
                        Sparkline.of(trend), cells.get(cells.size() - 1).value() == null, canEnter, companyWideOnly));
            }
            sections.add(new ScorecardSection(column.getKey(), column.getValue(), rows));
        }
        long pending = proposals.pendingCount(MetricDefinitionService.METRIC);
        return new ScorecardView(sections, segments, segment, approved.size(), pending,
                ScorecardPermissions.canGovern(viewer), ScorecardPermissions.canPropose(viewer));
    }

    /** The approved metrics this person owns that lack a company-wide value for their current period. */
    @Transactional(readOnly = true)
    public List<MissingValue> missingValuesOwnedBy(long personId) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        LocalDate today = LocalDate.now(clock);
        List<MetricDefinition> owned = metrics.findByStatusOrderByDisplayOrderAscNameAsc(GovernanceStatus.APPROVED).stream()
                .filter(m -> m.getOwnerId() == personId).toList();
        if (owned.isEmpty()) {
            return List.of();
        }
        Map<Long, Period> currentById = new HashMap<>();
        owned.forEach(m -> currentById.put(m.getId(), Periods.current(m.getCadence(), today, fiscalStart)));
        LocalDate from = currentById.values().stream().map(Period::start).min(Comparator.naturalOrder()).orElse(today);
        java.util.Set<String> entered = values.findTrailing(currentById.keySet(), from, null).stream()
                .map(v -> cellKey(v.getMetricId(), v.getPeriodKey(), null)).collect(Collectors.toSet());
        return owned.stream()
                .filter(m -> !entered.contains(cellKey(m.getId(), currentById.get(m.getId()).key(), null)))
                .map(m -> new MissingValue(m.getKey(), m.getName(), currentById.get(m.getId()).key(),
                        currentById.get(m.getId()).longLabel()))
                .toList();
    }

    /**
     * The values of one metric from one period to another (inclusive; by default the trailing
     * periods the scorecard shows), for one segment or company-wide. Periods without a value are left out.
     */
    @Transactional(readOnly = true)
    public List<CellView> values(String key, String fromKey, String toKey, String segmentKey, CadenceUser viewer) {
        MetricDefinition metric = definitions.load(key);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        Period to = toKey == null || toKey.isBlank() ? Periods.current(metric.getCadence(), LocalDate.now(clock), fiscalStart)
                : parse(toKey, metric);
        Period from = fromKey == null || fromKey.isBlank() ? to.plus(-(TRAILING_PERIODS - 1)) : parse(fromKey, metric);
        List<Period> periods;
        try {
            periods = Periods.between(from, to);
        } catch (InvalidPeriodException e) {
            throw new RuleViolationException("from", e.getMessage());
        }
        Long segmentId = definitions.segmentId(segmentKey, metric);
        MetricView view = definitions.get(key);
        Targets targetBook = new Targets(targets.findForMetrics(List.of(metric.getId()), to.end()));
        Map<String, MetricValue> byPeriod = new HashMap<>();
        for (MetricValue v : values.findRange(metric.getId(), from.start(), to.end())) {
            if (java.util.Objects.equals(v.getSegmentId(), segmentId)) {
                byPeriod.put(v.getPeriodKey(), v);
            }
        }
        boolean canEnter = ScorecardPermissions.canEnterValues(viewer, metric.getOwnerId());
        Map<Long, String> names = new HashMap<>();
        List<CellView> cells = new ArrayList<>();
        for (Period p : periods) {
            MetricValue v = byPeriod.get(p.key());
            if (v != null) {
                cells.add(cell(view, p, segmentId == null ? null : segmentKey, v, targetBook.targetFor(metric.getId(), p, segmentId),
                        false, canEnter, names));
            }
        }
        return cells;
    }

    /** One cell as it stands, for the in-place editor. */
    @Transactional(readOnly = true)
    public CellView cell(String key, String periodKey, String segmentKey, CadenceUser viewer) {
        MetricDefinition metric = definitions.load(key);
        Period period = parse(periodKey, metric);
        Long segmentId = cellSegment(segmentKey, metric);
        MetricView view = definitions.get(key);
        MetricValue v = values.findOne(metric.getId(), period.key(), segmentId).orElse(null);
        BigDecimal target = new Targets(targets.findForMetrics(List.of(metric.getId()), period.end()))
                .targetFor(metric.getId(), period, segmentId);
        boolean current = period.equals(Periods.current(metric.getCadence(), LocalDate.now(clock),
                company.profile().fiscalYearStartMonth()));
        return cell(view, period, segmentId == null ? null : segmentKey, v, target, current,
                ScorecardPermissions.canEnterValues(viewer, metric.getOwnerId()), new HashMap<>());
    }

    /**
     * Enters or corrects the value of a metric for a period and segment (none = company-wide).
     *
     * @param expectedVersion the version of the value the person saw, or null when they saw none;
     *                        a different one means someone else saved in between, and nothing is saved
     */
    @Transactional
    public CellView enterValue(String key, String periodKey, String segmentKey, TypedNumber typed, String narrative,
                               Long expectedVersion, CadenceUser actor) {
        // Locked before the value is read: two entries in one cell (even its first) happen one after the other.
        MetricDefinition metric = definitions.lockForChange(key);
        ScorecardPermissions.requireEnterValues(actor, metric.getOwnerId());
        if (typed == null) {
            throw new RuleViolationException("value", "Enter the value as a number, e.g. 3.2 or 41.5.");
        }
        BigDecimal value = metric.getUnit().read(typed, "value");
        String story = UserText.optional(narrative, NARRATIVE_MAX, "narrative");
        Period period = parse(periodKey, metric);
        if (period.start().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("period", period.key() + " has not started yet: enter values for past and current periods.");
        }
        Long segmentId = cellSegment(segmentKey, metric);
        MetricValue existing = values.findOne(metric.getId(), period.key(), segmentId).orElse(null);
        if (existing != null && (expectedVersion == null || existing.getVersion() != expectedVersion)) {
            String by = definitions.personNames().get(existing.getEnteredBy());
            throw new StaleEditException(by + " saved " + metric.getUnit().format(existing.getValue()) + " for "
                    + period.key() + (existing.getNarrative() == null ? "" : " (\"" + existing.getNarrative() + "\")")
                    + " while you were typing. Your value was not saved; check theirs and save again if yours is right.");
        }
        BigDecimal target = new Targets(targets.findForMetrics(List.of(metric.getId()), period.end()))
                .targetFor(metric.getId(), period, segmentId);
        MetricValue v = existing != null ? existing : new MetricValue(metric.getId(), period.key(), period.start(), segmentId);
        v.record(value, target, story, actor.personId(), Instant.now(clock));
        values.saveAndFlush(v);
        return cell(key, period.key(), segmentKey, actor);
    }

    /**
     * Like {@link #enterValue(String, String, String, TypedNumber, String, Long, CadenceUser)}, for a number given as
     * a number (the API, the code).
     */
    @Transactional
    public CellView enterValue(String key, String periodKey, String segmentKey, BigDecimal value, String narrative,
                               Long expectedVersion, CadenceUser actor) {
        return enterValue(key, periodKey, segmentKey, TypedNumber.of(value), narrative, expectedVersion, actor);
    }

    /**
     * The newest value of each of these metrics entered for a period that started on or before {@code asOf},
     * company-wide and per segment, for features that cite metrics (a value-driver lever's linked metric): one
     * statement whatever the number of metrics or the history. Metrics without a value are absent.
     */
    @Transactional(readOnly = true)
    public List<LatestValue> latestValues(java.util.Collection<String> metricKeys, LocalDate asOf) {
        if (metricKeys.isEmpty()) {
            return List.of();
        }
        return values.findLatest(metricKeys, asOf).stream()
                .map(r -> new LatestValue((String) r[0], (String) r[1], MetricUnit.valueOf((String) r[2]),
                        Direction.valueOf((String) r[3]), (String) r[4], (String) r[5], (BigDecimal) r[6]))
                .toList();
    }

    /**
     * The values of these metrics for every period that starts between {@code from} and {@code to} (inclusive),
     * company-wide and per segment, oldest first, for features that judge metrics over a window (an experiment's
     * success criterion and guardrails): one statement whatever the number of metrics or the history.
     */
    @Transactional(readOnly = true)
    public List<PeriodValue> valuesBetween(java.util.Collection<String> metricKeys, LocalDate from, LocalDate to) {
        if (metricKeys.isEmpty() || from.isAfter(to)) {
            return List.of();
        }
        return values.findBetween(metricKeys, from, to).stream()
                .map(r -> new PeriodValue((String) r[0], (String) r[1], (String) r[2], toDate(r[3]), (BigDecimal) r[4]))
                .toList();
    }

    /**
     * Every approved metric's company-wide cells, one per period of its cadence from the period holding {@code from} to
     * the one holding {@code to}, oldest first, each judged against the target that applied: for features that report
     * a stretch of time (the quarterly board pack). A fixed number of statements whatever the number of metrics.
     */
    @Transactional(readOnly = true)
    public List<MetricTrail> trails(LocalDate from, LocalDate to, CadenceUser viewer) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        int fiscalStart = company.profile().fiscalYearStartMonth();
        List<MetricView> approved = definitions.approved();
        if (approved.isEmpty()) {
            return List.of();
        }
        Map<Cadence, List<Period>> periodsOf = new EnumMap<>(Cadence.class);
        approved.forEach(m -> periodsOf.computeIfAbsent(m.cadence(),
                c -> Periods.between(Periods.current(c, from, fiscalStart), Periods.current(c, to, fiscalStart))));
        LocalDate earliest = periodsOf.values().stream().map(p -> p.get(0).start()).min(Comparator.naturalOrder()).orElse(from);
        List<Long> ids = approved.stream().map(MetricView::id).toList();
        Map<String, MetricValue> valueByCell = new HashMap<>();
        for (MetricValue v : values.findTrailing(ids, earliest, null)) {
            valueByCell.put(cellKey(v.getMetricId(), v.getPeriodKey(), null), v);
        }
        Targets targetBook = new Targets(targets.findForMetrics(ids, to));
        Map<Long, String> names = new HashMap<>();
        List<MetricTrail> trails = new ArrayList<>();
        for (MetricView metric : approved) {
            List<Period> periods = periodsOf.get(metric.cadence());
            boolean canEnter = ScorecardPermissions.canEnterValues(viewer, metric.ownerId());
            List<CellView> cells = new ArrayList<>();
            for (Period p : periods) {
                cells.add(cell(metric, p, null, valueByCell.get(cellKey(metric.id(), p.key(), null)),
                        targetBook.targetFor(metric.id(), p, null), false, canEnter, names));
            }
            trails.add(new MetricTrail(metric, periods, cells));
        }
        return trails;
    }

    private static LocalDate toDate(Object column) {
        return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }

    /**
     * Loads past values in bulk, as they were entered, skipping cells that have a value already
     * (so loading twice changes nothing). For server-side loading only: no permission check.
     *
     * @return how many values were stored
     */
    @Transactional
    public int loadHistory(List<HistoricValue> history) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        Map<String, MetricDefinition> byKey = new HashMap<>();
        metrics.findAll().forEach(m -> byKey.put(m.getKey(), m));
        Map<String, Long> segmentIds = company.segments().stream().collect(Collectors.toMap(SegmentView::key, SegmentView::id));
        List<Long> ids = history.stream().map(h -> byKey.get(h.metricKey()).getId()).distinct().toList();
        LocalDate earliest = LocalDate.now(clock).minusYears(50);
        Targets targetBook = new Targets(targets.findForMetrics(ids, LocalDate.now(clock).plusYears(1)));
        java.util.Set<String> existing = new java.util.HashSet<>();
        values.findTrailing(ids, earliest, null).forEach(v -> existing.add(cellKey(v.getMetricId(), v.getPeriodKey(), null)));
        for (Long segmentId : segmentIds.values()) {
            values.findTrailing(ids, earliest, segmentId)
                    .forEach(v -> existing.add(cellKey(v.getMetricId(), v.getPeriodKey(), segmentId)));
        }
        List<MetricValue> fresh = new ArrayList<>();
        for (HistoricValue h : history) {
            MetricDefinition metric = byKey.get(h.metricKey());
            Period period = Periods.parse(h.periodKey(), metric.getCadence(), fiscalStart);
            Long segmentId = h.segmentKey() == null ? null : segmentIds.get(h.segmentKey());
            if (existing.add(cellKey(metric.getId(), period.key(), segmentId))) {
                MetricValue v = new MetricValue(metric.getId(), period.key(), period.start(), segmentId);
                v.record(h.value(), targetBook.targetFor(metric.getId(), period, segmentId), h.narrative(), h.enteredBy(),
                        h.enteredAt());
                fresh.add(v);
            }
        }
        values.saveAll(fresh);
        values.flush();
        return fresh.size();
    }

    /**
     * Everything the definition page shows, read once: the definition, its targets, proposals and
     * history, and its values over the trailing periods; from {@link ScorecardCache} unless the
     * scorecard changed since.
     */
    public MetricPage metricPage(String key, int periodsBack) {
        return cache.get(new MetricPageKey(key, periodsBack), () -> readMetricPage(key, periodsBack));
    }

    private MetricPage readMetricPage(String key, int periodsBack) {
        MetricDefinition metric = definitions.load(key);
        Map<Long, String> names = definitions.personNames();
        List<SegmentView> segments = company.segments();
        List<ChangeSet> newestFirst = new ArrayList<>(definitions.history(metric, names));
        java.util.Collections.reverse(newestFirst);
        // One read of the targets serves both the list and the chart's target line.
        List<MetricTarget> metricTargets = targets.findByMetricIdOrderByPeriodStartDesc(metric.getId());
        return new MetricPage(MetricView.of(metric, names.get(metric.getOwnerId())),
                definitions.targets(metric, metricTargets, segments), definitions.proposals(metric, names), newestFirst,
                chart(metric, metric.isSegmented() ? segments : List.of(), metricTargets, periodsBack),
                metric.isSegmented() ? segments : List.of());
    }

    /** Values of one metric over the trailing periods, one line per segment and company-wide. */
    private MetricChart chart(MetricDefinition metric, List<SegmentView> segments, List<MetricTarget> metricTargets,
                              int periodsBack) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        List<Period> periods = Periods.trailing(metric.getCadence(), LocalDate.now(clock), periodsBack, fiscalStart);
        List<String> names = new ArrayList<>();
        List<Long> segmentIds = new ArrayList<>();
        names.add("Company-wide");
        segmentIds.add(null);
        for (SegmentView s : segments) {
            names.add(s.name());
            segmentIds.add(s.id());
        }
        Map<String, BigDecimal> byCell = new HashMap<>();
        for (MetricValue v : values.findRange(metric.getId(), periods.get(0).start(), periods.get(periods.size() - 1).end())) {
            byCell.put(cellKey(v.getMetricId(), v.getPeriodKey(), v.getSegmentId()), v.getValue());
        }
        List<List<BigDecimal>> lines = new ArrayList<>();
        for (Long segmentId : segmentIds) {
            lines.add(periods.stream().map(p -> byCell.get(cellKey(metric.getId(), p.key(), segmentId))).toList());
        }
        Period current = periods.get(periods.size() - 1);
        List<MetricTarget> oldestFirst = metricTargets.stream()
                .filter(t -> !t.getPeriodStart().isAfter(current.end()))
                .sorted(Comparator.comparing(MetricTarget::getPeriodStart)).toList();
        BigDecimal target = new Targets(oldestFirst).targetFor(metric.getId(), current, null);
        return MetricChart.of(periods, names, lines, target, metric.getUnit());
    }

    private CellView cell(MetricView metric, Period period, String segmentKey, MetricValue v, BigDecimal currentTarget,
                          boolean current, boolean canEnter, Map<Long, String> names) {
        // A value is judged against the target that applied when it was entered.
        BigDecimal target = v != null && v.getTarget() != null ? v.getTarget() : currentTarget;
        MetricStatus status = new Thresholds(metric.atRiskBandPercent())
                .statusOf(v == null ? null : v.getValue(), target, metric.direction());
        String enteredBy = null;
        if (v != null) {
            if (names.isEmpty()) {
                names.putAll(definitions.personNames());
            }
            enteredBy = names.get(v.getEnteredBy());
        }
        // Value and target written alike, so that a value at risk never reads as its target ("0.38% against 0.40%").
        MetricUnit.Shown shown = metric.unit().formatBeside(v == null ? null : v.getValue(), target);
        return new CellView(metric.key(), period.key(), period.label(), period.longLabel(), segmentKey,
                v == null ? null : v.getValue(), v == null ? null : shown.value(), status,
                v == null ? null : v.getNarrative(), target, target == null ? null : shown.target(), enteredBy,
                v == null ? null : v.getEnteredAt(), v == null ? null : v.getVersion(), current, canEnter);
    }

    /**
     * The segment a cell's address names: one the metric is broken down by, or none (company-wide, also
     * {@code all}). Any other names no cell: 404, as an unknown metric.
     */
    private Long cellSegment(String segmentKey, MetricDefinition metric) {
        try {
            return definitions.segmentId(segmentKey, metric);
        } catch (RuleViolationException noSuchCell) {
            throw new NotFoundException(noSuchCell.getMessage());
        }
    }

    private Period parse(String periodKey, MetricDefinition metric) {
        try {
            return Periods.parse(periodKey, metric.getCadence(), company.profile().fiscalYearStartMonth());
        } catch (InvalidPeriodException e) {
            throw new RuleViolationException("period", e.getMessage());
        }
    }

    private static String cellKey(Long metricId, String periodKey, Long segmentId) {
        return metricId + "|" + periodKey + "|" + segmentId;
    }
}
