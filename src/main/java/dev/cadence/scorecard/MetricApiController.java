package dev.cadence.scorecard;

import dev.cadence.history.ChangeSet;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.Cadence;
import dev.cadence.web.ETags;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scorecard's JSON API: definitions (read; update with {@code If-Match}), their revisions,
 * values (read; put one; import a CSV). The same services and rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/metrics")
class MetricApiController {

    private final MetricDefinitionService definitions;
    private final ScorecardService scorecard;
    private final ValueImportService imports;

    MetricApiController(MetricDefinitionService definitions, ScorecardService scorecard, ValueImportService imports) {
        this.definitions = definitions;
        this.scorecard = scorecard;
        this.imports = imports;
    }

    record Owner(long id, String name) {
    }

    record MetricJson(String key, String name, String definition, String calculation, MetricUnit unit,
                      Direction direction, Cadence cadence, Owner owner, Indicator indicator, String lever,
                      boolean segmented, BigDecimal atRiskBandPercent, String dataSource, GovernanceStatus status,
                      int displayOrder, long version, Instant updatedAt) {

        static MetricJson of(MetricView m) {
            return new MetricJson(m.key(), m.name(), m.definition(), m.calculation(), m.unit(), m.direction(),
                    m.cadence(), new Owner(m.ownerId(), m.ownerName()), m.indicator(), m.lever(), m.segmented(),
                    m.atRiskBandPercent(), m.dataSource(), m.status(), m.displayOrder(), m.version(), m.updatedAt());
        }
    }

    /** A definition as a client sends it to update it: every editable field. */
    record MetricUpdate(String name, String definition, String calculation, MetricUnit unit, Direction direction,
                        Cadence cadence, Long ownerId, Indicator indicator, String lever, Boolean segmented,
                        BigDecimal atRiskBandPercent, String dataSource, Integer displayOrder) {

        MetricSpec spec() {
            if (displayOrder == null) {
                throw new RuleViolationException("displayOrder", "Send the display order too: PUT replaces the whole definition.");
            }
            return new MetricSpec(name, definition, calculation, unit, direction, cadence, ownerId, indicator, lever,
                    segmented != null && segmented, atRiskBandPercent, dataSource, displayOrder);
        }
    }

    record ValueJson(String metric, String period, String segment, BigDecimal value, BigDecimal target,
                     MetricStatus status, String narrative, String enteredBy, Instant enteredAt, Long version) {

        static ValueJson of(CellView c) {
            // The target the status was judged against: never a status beside another target, or none.
            return new ValueJson(c.metricKey(), c.periodKey(), c.segmentKey(), c.value(), c.targetValue(), c.status(),
                    c.narrative(), c.enteredBy(), c.enteredAt(), c.version());
        }
    }

    record ValueInput(BigDecimal value, String narrative) {
    }

    record ImportResult(long created, long updated, long unchanged) {
    }

    /** The approved definitions in scorecard order ({@code ?status=all} for every definition). */
    @GetMapping
    List<MetricJson> list(@RequestParam(required = false) String status) {
        List<MetricView> metrics = "all".equalsIgnoreCase(status) ? definitions.all() : definitions.approved();
        return metrics.stream().map(MetricJson::of).toList();
    }

    @GetMapping("/{key}")
    ResponseEntity<MetricJson> get(@PathVariable String key) {
        MetricView metric = definitions.get(key);
        return ResponseEntity.ok().eTag(ETags.of(metric.version())).body(MetricJson.of(metric));
    }

    @GetMapping("/{key}/revisions")
    List<ChangeSet> revisions(@PathVariable String key) {
        return definitions.history(key);
    }

    /** Replaces the definition's editable fields; {@code If-Match} must name the version read. */
    @PutMapping("/{key}")
    ResponseEntity<MetricJson> update(@PathVariable String key,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @RequestBody MetricUpdate update, @AuthenticationPrincipal CadenceUser me) {
        MetricView saved = definitions.update(key, update.spec(), ETags.requiredVersion(ifMatch), me);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(MetricJson.of(saved));
    }

    /** Values from {@code from} to {@code to} (period keys, inclusive; default the trailing 13), one segment or company-wide. */
    @GetMapping("/{key}/values")
    List<ValueJson> values(@PathVariable String key, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String segment,
                           @AuthenticationPrincipal CadenceUser me) {
        return scorecard.values(key, from, to, segment, me).stream().map(ValueJson::of).toList();
    }

    /**
     * Enters or corrects one value. With {@code If-Match} the stored value must be that version;
     * without it the value is set whatever was stored (the client is the system of record).
     */
    @PutMapping("/{key}/values/{period}")
    ResponseEntity<ValueJson> putValue(@PathVariable String key, @PathVariable String period,
                                       @RequestParam(required = false) String segment,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody ValueInput input, @AuthenticationPrincipal CadenceUser me) {
        Long expected = ETags.expectedVersion(ifMatch);
        if (expected == null) {
            expected = scorecard.cell(key, period, segment, me).version();
        }
        CellView saved = scorecard.enterValue(key, period, segment, input.value(), input.narrative(), expected, me);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(ValueJson.of(saved));
    }

    /** Imports a CSV ({@code metric_key,period,segment,value,narrative}): all rows or none. */
    @PostMapping(value = "/values/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportResult importValues(@RequestBody String csv, @AuthenticationPrincipal CadenceUser me) {
        ImportReport report = imports.commit(csv, me);
        return new ImportResult(report.created(), report.updated(), report.unchanged());
    }

    /** A refused import answers 422 with every problem by line, and nothing stored. */
    @ExceptionHandler
    ProblemDetail importRefused(ImportRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        problem.setType(URI.create("https://cadence.dev/problems/import-refused"));
        problem.setProperty("fileErrors", refused.report().fileErrors());
        problem.setProperty("errors", refused.report().rows().stream().filter(r -> r.error() != null)
                .map(r -> new RowError(r.line(), r.metricKey(), r.period(), r.segment(), r.error())).toList());
        return problem;
    }

    record RowError(long line, String metricKey, String period, String segment, String error) {
    }
}
