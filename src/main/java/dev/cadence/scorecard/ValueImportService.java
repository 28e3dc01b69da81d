package dev.cadence.scorecard;

import static dev.cadence.web.UploadedCsv.cell;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.InvalidPeriodException;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.web.NumberFormatter;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.UploadedCsv;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads metric values from CSV ({@code metric_key,period,segment,value,narrative}): a preview with
 * a report per row, then a commit that stores all rows or none. Importing the same file twice
 * changes nothing the second time. The page and the API share it.
 */
@Service
@Transactional
public class ValueImportService {

    public static final List<String> COLUMNS = List.of("metric_key", "period", "segment", "value", "narrative");
    static final List<String> REQUIRED_COLUMNS = List.of("metric_key", "period", "value");
    static final int MAX_ROWS = 20_000;

    private final MetricDefinitionRepository metrics;
    private final MetricValueRepository values;
    private final MetricTargetRepository targets;
    private final CompanyService company;
    private final NumberFormatter numbers;
    private final Clock clock;

    ValueImportService(MetricDefinitionRepository metrics, MetricValueRepository values, MetricTargetRepository targets,
                       CompanyService company, NumberFormatter numbers, Clock clock) {
        this.metrics = metrics;
        this.values = values;
        this.targets = targets;
        this.company = company;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** What importing this CSV would do, row by row; stores nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(String csv, CadenceUser actor) {
        return plan(csv, actor, false).report(false);
    }

    /**
     * Stores every row of the CSV, or none when any row is bad.
     *
     * @throws ImportRefusedException with the per-row report when a row is bad
     */
    public ImportReport commit(String csv, CadenceUser actor) {
        Plan plan = plan(csv, actor, true);
        ImportReport report = plan.report(true);
        if (!report.valid()) {
            throw new ImportRefusedException(plan.report(false));
        }
        Instant now = Instant.now(clock);
        List<MetricValue> changed = new ArrayList<>();
        for (Planned p : plan.rows) {
            if (p.action.equals("unchanged")) {
                continue;
            }
            MetricValue v = p.existing != null ? p.existing
                    : new MetricValue(p.metric.getId(), p.period.key(), p.period.start(), p.segmentId);
            v.record(p.value, p.target, p.narrative, actor.personId(), now);
            changed.add(v);
        }
        values.saveAll(changed);
        values.flush();
        return report;
    }

    private record Planned(long line, CSVRecord record, MetricDefinition metric, Period period, Long segmentId,
                           BigDecimal value, String narrative, MetricValue existing, BigDecimal target, String action,
                           String error) {
    }

    private record Plan(List<Planned> rows, List<String> fileErrors) {
        ImportReport report(boolean committed) {
            return new ImportReport(rows.stream().map(p -> new ImportRow(p.line, cell(p.record, "metric_key"),
                    cell(p.record, "period"), cell(p.record, "segment"), cell(p.record, "value"), cell(p.record, "narrative"),
                    p.error == null ? p.action : null, p.error)).toList(), fileErrors, committed);
        }
    }

    /** What the CSV would do; {@code locking} (to commit it), with the metrics it names locked before their values are read. */
    private Plan plan(String csv, CadenceUser actor, boolean locking) {
        UploadedCsv.Read read = UploadedCsv.read(csv, COLUMNS, REQUIRED_COLUMNS, MAX_ROWS);
        List<String> fileErrors = read.errors();
        if (read.refused()) {
            return new Plan(List.of(), fileErrors);
        }
        List<CSVRecord> records = read.records();
        int fiscalStart = company.profile().fiscalYearStartMonth();
        LocalDate today = LocalDate.now(clock);
        // a row with a control character is refused as it is: none of its text goes near the database
        List<CSVRecord> readable = records.stream().filter(r -> UploadedCsv.controlCharacter(r, COLUMNS) == null).toList();
        Set<String> namedKeys = readable.stream().map(r -> cell(r, "metric_key")).collect(Collectors.toSet());
        if (locking && !namedKeys.isEmpty()) {
            // As every value entry does (MetricDefinitionService#lockForChange): an entry in a cell of the file waits
            // for the import, or the import for it; the import reads the cells after that, never while both write.
            metrics.lockByKeys(namedKeys);
        }
        Map<String, MetricDefinition> byKey = metrics.findAll().stream()
                .collect(Collectors.toMap(MetricDefinition::getKey, Function.identity()));
        Map<String, Long> segments = company.segments().stream().collect(Collectors.toMap(SegmentView::key, SegmentView::id));
        Set<String> periodKeys = readable.stream().map(r -> cell(r, "period").toUpperCase()).collect(Collectors.toSet());
        Map<String, MetricValue> existing = new HashMap<>();
        List<Long> metricIds = readable.stream().map(r -> byKey.get(cell(r, "metric_key"))).filter(Objects::nonNull)
                .map(MetricDefinition::getId).distinct().toList();
        if (!metricIds.isEmpty()) {
            values.findForImport(metricIds, periodKeys).forEach(v -> existing.put(cellKey(v.getMetricId(), v.getPeriodKey(), v.getSegmentId()), v));
        }
        Targets targetBook = new Targets(metricIds.isEmpty() ? List.of()
                : targets.findForMetrics(metricIds, today));

        Map<String, Long> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            long line = r.getRecordNumber() + 1;
            String error = UploadedCsv.controlCharacter(r, COLUMNS);
            MetricDefinition metric = byKey.get(cell(r, "metric_key"));
            Period period = null;
            Long segmentId = null;
            BigDecimal value = null;
            String narrative = cell(r, "narrative").isEmpty() ? null : cell(r, "narrative");
            if (error != null) {
                // refused as it is (a control character)
            } else if (metric == null) {
                error = "Unknown metric \"" + cell(r, "metric_key") + "\".";
            } else if (metric.getStatus() == GovernanceStatus.RETIRED) {
                error = metric.getName() + " is retired; it takes no new values.";
            } else if (!ScorecardPermissions.canEnterValues(actor, metric.getOwnerId())) {
                error = "You may not enter values of " + metric.getName() + ": its owner, RevOps and administrators may.";
            }
            if (error == null) {
                try {
                    period = Periods.parse(cell(r, "period"), metric.getCadence(), fiscalStart);
                    if (period.start().isAfter(today)) {
                        error = period.key() + " has not started yet.";
                    }
                } catch (InvalidPeriodException e) {
                    error = e.getMessage();
                }
            }
            if (error == null && !cell(r, "segment").isEmpty()) {
                segmentId = segments.get(cell(r, "segment"));
                if (segmentId == null) {
                    error = "Unknown segment \"" + cell(r, "segment") + "\"; use " + String.join(", ", segments.keySet())
                            + " or leave it empty for company-wide.";
                } else if (!metric.isSegmented()) {
                    error = metric.getName() + " has no segment breakdown; leave the segment empty.";
                }
            }
            if (error == null) {
                try {
                    value = metric.getUnit().read(numbers.read(cell(r, "value")), "value");
                    if (value == null) {
                        error = "The value is missing. Use digits, e.g. 3.2 or 41.5.";
                    }
                } catch (RuleViolationException refused) {
                    error = refused.getMessage();
                }
            }
            if (error == null && narrative != null && narrative.length() > ScorecardService.NARRATIVE_MAX) {
                error = "The narrative is longer than " + ScorecardService.NARRATIVE_MAX + " characters.";
            }
            if (error == null) {
                Long first = seen.putIfAbsent(cellKey(metric.getId(), period.key(), segmentId), line);
                if (first != null) {
                    error = "Duplicate of line " + first + ": one value per metric, period and segment.";
                }
            }
            MetricValue current = error == null ? existing.get(cellKey(metric.getId(), period.key(), segmentId)) : null;
            String action = error != null ? null
                    : current == null ? "create" : current.sameAs(value, narrative) ? "unchanged" : "update";
            BigDecimal target = error == null ? targetBook.targetFor(metric.getId(), period, segmentId) : null;
            rows.add(new Planned(line, r, metric, period, segmentId, value, narrative, current, target, action, error));
        }
        return new Plan(rows, fileErrors);
    }

    private static String cellKey(Long metricId, String periodKey, Long segmentId) {
        return metricId + "|" + periodKey + "|" + segmentId;
    }
}
