package dev.cadence.drivers;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.ETags;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Value-driver trees through the API: the trees, one tree computed (nodes, formulas, baselines, assumptions,
 * outcome, gap, sensitivity), and a lever's assumption and evidence with {@code If-Match} (the lever's version).
 * Numbers are written as on the scorecard: a percentage as the number before the sign (24 is 24%).
 */
@RestController
@RequestMapping("/api/v1/drivers")
class DriverApiController {

    private final DriverService drivers;

    DriverApiController(DriverService drivers) {
        this.drivers = drivers;
    }

    record TreeJson(long id, String name, String outcome, BigDecimal target, LocalDate targetDate, BigDecimal outcomeAtPlan,
                    BigDecimal gap, int nodes, int levers, int leversOffPlan, long version) {
    }

    record Owner(long id, String name) {
    }

    record Metric(String key, String name, String latest, String period, String status) {
    }

    record NodeJson(String key, String name, String kind, String unit, String formula, Owner owner, String segment,
                    BigDecimal baseline, BigDecimal assumption, String evidence, String step, BigDecimal value,
                    BigDecimal valueAtBaselines, Metric metric, long version) {

        static NodeJson of(NodeView n) {
            return new NodeJson(n.key(), n.name(), n.kind().name(), n.unit().name(), n.formula(),
                    n.ownerId() == null ? null : new Owner(n.ownerId(), n.ownerName()), n.segmentKey(), shown(n.unit(), n.baseline()),
                    shown(n.unit(), n.assumption()), n.evidence(), n.stepLabel(), shown(n.unit(), n.planValue()),
                    shown(n.unit(), n.baselineValue()), n.metricKey() == null ? null : new Metric(n.metricKey(), n.metricName(),
                    n.metricValue(), n.metricPeriod(), n.status() == null ? null : n.status().name()), n.version());
        }
    }

    record SensitivityJson(String lever, String step, BigDecimal outcomeChange, String sentence) {
    }

    /**
     * @param answer  FOUND, AT_TARGET, ABOVE_RANGE (a rate above 100%), BELOW_RANGE (below zero), UNREACHABLE (no value
     *                reaches the target), NOT_USED (the outcome is not computed from the lever)
     * @param current the lever's value now; {@code value} the one that reaches the target (null when none does)
     */
    record GoalSeekJson(String lever, String answer, boolean possible, BigDecimal current, BigDecimal value, String sentence) {

        static GoalSeekJson of(GoalSeek g) {
            return new GoalSeekJson(g.leverKey(), g.answer().name(), g.possible(), shown(g.unit(), g.current()), shown(g.unit(), g.value()),
                    g.sentence());
        }
    }

    record GoalSeekAnswerJson(String outcome, BigDecimal outcomeValue, BigDecimal target, BigDecimal gap, GoalSeekJson goalSeek) {
    }

    record TreeDetailJson(long id, String name, String description, String outcomeKey, BigDecimal target, LocalDate targetDate,
                          BigDecimal outcome, BigDecimal outcomeAtBaselines, BigDecimal gap, List<NodeJson> nodes,
                          List<SensitivityJson> sensitivity, List<GoalSeekJson> goalSeek, long version) {
    }

    record LeverInput(BigDecimal assumption, String evidence) {
    }

    @GetMapping
    List<TreeJson> trees() {
        return drivers.trees().stream().map(t -> new TreeJson(t.id(), t.name(), t.outcomeName(), shown(t.unit(), t.target()),
                t.targetDate(), shown(t.unit(), t.outcome()),
                t.outcome() == null ? null : shown(t.unit(), t.outcome().subtract(t.target())), t.nodeCount(), t.leverCount(),
                t.offPlanCount(), t.version())).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<TreeDetailJson> tree(@PathVariable long id) {
        TreePage p = drivers.page(id, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, null);
        DriverUnit unit = p.outcome().unit();
        BigDecimal outcome = p.outcome().planValue();
        TreeDetailJson body = new TreeDetailJson(p.id(), p.name(), p.description(), p.outcome().key(), shown(unit, p.target()),
                p.targetDate(), shown(unit, outcome), shown(unit, p.outcome().baselineValue()), shown(unit, p.gap()),
                p.nodes().stream().map(NodeJson::of).toList(),
                p.sensitivities().stream().map(s -> new SensitivityJson(s.leverKey(), s.stepLabel(), shown(unit, s.outcomeDelta()),
                        s.sentence())).toList(),
                drivers.goalSeeks(id).stream().map(GoalSeekJson::of).toList(), p.version());
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(body);
    }

    /**
     * What value of this lever (any lever) brings the outcome to the target, holding the others at the plan, or why none
     * can.
     */
    @GetMapping("/{id}/levers/{key}/goal-seek")
    GoalSeekAnswerJson goalSeek(@PathVariable long id, @PathVariable String key) {
        TreePage p = drivers.page(id, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, key);
        NodeView lever = p.nodes().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("This tree has no node " + key + "."));
        if (!lever.lever()) {
            throw new RuleViolationException(lever.name() + " is computed by its formula: goal seek moves a lever. Choose one of the tree's "
                    + "levers.");
        }
        DriverUnit unit = p.outcome().unit();
        return new GoalSeekAnswerJson(p.outcome().key(), shown(unit, p.outcome().planValue()), shown(unit, p.target()), shown(unit, p.gap()),
                GoalSeekJson.of(p.seek()));
    }

    /**
     * Sets a lever's assumption and evidence: its owner, or the CEO, CRO, CFO, RevOps, Admin. {@code If-Match} names the
     * lever's {@code version} read; 412 when someone saved it since, 422 when the value does not fit (or breaks a formula).
     */
    @PutMapping("/{id}/levers/{key}")
    ResponseEntity<NodeJson> plan(@PathVariable long id, @PathVariable String key,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody LeverInput input, @AuthenticationPrincipal CadenceUser me) {
        long expected = ETags.requiredVersion(ifMatch);
        if (input == null || input.assumption() == null) {
            throw new RuleViolationException("assumption", "Send {\"assumption\": 24, \"evidence\": \"…\"}: the assumption is a number, "
                    + "a percentage as the number before the sign.");
        }
        NodeView saved = drivers.plan(id, key, TypedNumber.of(input.assumption()), input.evidence(), expected, me);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(NodeJson.of(saved));
    }

    /** As the scorecard writes numbers: a percentage as 24, not 0.24. */
    static BigDecimal shown(DriverUnit unit, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = unit == DriverUnit.PERCENT ? value.movePointRight(2) : value;
        BigDecimal rounded = v.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
