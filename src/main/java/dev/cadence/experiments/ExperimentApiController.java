package dev.cadence.experiments;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.ETags;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The experiment log through the API, read only: the list with the page's filters, and one experiment with its
 * criteria, guardrails, the scorecard's reading over its window, amendments and decision. Numbers as on the
 * scorecard: a percentage as 24, not 0.24.
 */
@RestController
@RequestMapping("/api/v1/experiments")
class ExperimentApiController {

    private final ExperimentService experiments;

    ExperimentApiController(ExperimentService experiments) {
        this.experiments = experiments;
    }

    record Person(long id, String name) {
    }

    record Lever(String value, String label, Long treeId, String leverKey, String metricKey) {
    }

    record Criterion(String metricKey, String metricName, String segment, Bound bound, BigDecimal threshold, int windowPeriods,
                     Measure measure, String text) {
    }

    record GuardrailJson(String metricKey, String metricName, String segment, Bound bound, BigDecimal limit, String text) {
    }

    record DecisionJson(Resolution decision, String rationale, String againstVerdictReason, Long decisionId, LocalDate decidedOn) {
    }

    record ExperimentJson(long id, String title, String status, boolean awaitingDecision, Person owner, Lever lever,
                          Criterion successCriterion, List<GuardrailJson> guardrails, LocalDate plannedStart, LocalDate plannedEnd,
                          LocalDate startedOn, LocalDate endedOn, Long daysLeft, Verdict verdict, DecisionJson decision,
                          int amendments, long version) {

        static ExperimentJson of(ExperimentView v) {
            return new ExperimentJson(v.id(), v.title(), v.status().name(), v.awaitingDecision(), new Person(v.ownerId(), v.ownerName()),
                    new Lever(v.lever(), v.leverLabel(), v.leverTreeId(), v.leverKey(), v.leverMetricKey()),
                    new Criterion(v.primaryMetricKey(), v.primaryMetricName(), v.segmentKey(), v.bound(), plain(v.threshold()),
                            v.windowPeriods(), v.measure(), v.criterionLabel()),
                    v.guardrails().stream().map(g -> new GuardrailJson(g.metricKey(), g.metricName(), g.segmentKey(), g.bound(),
                            plain(g.limit()), g.label())).toList(),
                    v.plannedStart(), v.plannedEnd(), v.startedOn(), v.endedOn(), v.daysLeft(), v.verdict(),
                    v.decision() == null ? null : new DecisionJson(v.decision(), v.decisionRationale(), v.againstVerdictReason(),
                            v.decisionId(), v.decidedOn()), v.amendmentCount(), v.version());
        }
    }

    record MetricReadingJson(String metric, String rule, boolean primary, List<ExperimentPage.Chip> values, String result) {
    }

    record ReadingJson(String window, LocalDate from, LocalDate to, boolean begun, boolean soFar, Verdict verdict, String summary,
                       List<MetricReadingJson> metrics) {
    }

    record AmendmentJson(String reason, String changes, String by, Instant at) {
    }

    record ExperimentDetailJson(ExperimentJson experiment, String hypothesis, String expectedImpact, String decisionArea,
                                String observedResult, String stopReason, ReadingJson reading, List<AmendmentJson> amendmentLog) {
    }

    /** The log: {@code ?status=draft|running|concluded|stopped|awaiting&lever=&owner=&metric=}, as on the page. */
    @GetMapping
    List<ExperimentJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String lever,
                              @RequestParam(required = false) Long owner, @RequestParam(required = false) String metric) {
        return experiments.list(new ExperimentFilter(status, lever, owner, metric)).experiments().stream().map(ExperimentJson::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<ExperimentDetailJson> one(@PathVariable long id, @AuthenticationPrincipal CadenceUser me) {
        ExperimentPage page = experiments.page(id, me);
        ExperimentView v = page.experiment();
        ExperimentPage.Reading r = page.reading();
        ExperimentDetailJson body = new ExperimentDetailJson(ExperimentJson.of(v), v.hypothesis(), v.expectedImpact(), v.decisionAreaName(),
                v.observedResult(), v.stopReason(), r == null ? null : new ReadingJson(r.windowLabel(), r.windowFrom(), r.windowTo(), r.begun(),
                r.soFar(), r.verdict(), r.summary(), r.metrics().stream().map(m -> new MetricReadingJson(m.label(), m.rule(), m.primary(),
                m.values(), m.result())).toList()),
                page.amendments().stream().map(a -> new AmendmentJson(a.reason(), a.changes(), a.by(), a.at())).toList());
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(body);
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal p = value.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
