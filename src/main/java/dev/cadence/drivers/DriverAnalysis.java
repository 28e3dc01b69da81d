package dev.cadence.drivers;

import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity, tornado and goal seek over a compiled model, from the values at the plan (or at a what-if):
 * each moves one lever and recomputes only the nodes that lever moves.
 */
final class DriverAnalysis {

    /** The tornado's default swing: each lever ±10% of its value. */
    static final int DEFAULT_SWING_PERCENT = 10;
    static final double TORNADO_WIDTH = 560;
    static final double TORNADO_ROW = 26;

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final int SEEK_ROUNDS = 60;

    private final DriverModel model;
    private final Map<String, BigDecimal> base;
    private final ModelNode outcome;
    private final BigDecimal outcomeValue;

    DriverAnalysis(DriverModel model, Map<String, BigDecimal> base) {
        this.model = model;
        this.base = base;
        this.outcome = model.node(model.outcomeKey());
        this.outcomeValue = base.get(model.outcomeKey());
    }

    /** For every lever with a step, in the tree's order: the outcome's change for one step. */
    List<Sensitivity> sensitivities() {
        List<Sensitivity> out = new ArrayList<>();
        for (ModelNode lever : model.levers()) {
            if (lever.pullable()) {
                out.add(sensitivity(lever));
            }
        }
        return out;
    }

    Sensitivity sensitivity(ModelNode lever) {
        BigDecimal value = base.get(lever.key());
        BigDecimal stepped = lever.stepRelative() ? value.multiply(ONE.add(lever.step()), DriverModel.MATH)
                : value.add(lever.step(), DriverModel.MATH);
        BigDecimal moved = outcomeOrNull(lever, stepped);
        BigDecimal delta = moved == null ? null : moved.subtract(outcomeValue);
        String stepLabel = stepLabel(lever);
        String deltaLabel = delta == null ? "cannot be computed" : outcome.unit().formatDelta(delta);
        String sentence = stepLabel + " " + lever.name() + " = " + deltaLabel + " " + outcome.name();
        return new Sensitivity(lever.key(), lever.name(), stepLabel, delta, deltaLabel, sentence);
    }

    static String stepLabel(ModelNode lever) {
        BigDecimal step = lever.step();
        if (lever.stepRelative()) {
            return (step.signum() < 0 ? "−" : "+") + DriverUnit.MetricUnitText.plain(step.abs().multiply(BigDecimal.valueOf(100)), 1) + "%";
        }
        return lever.unit().formatDelta(step);
    }

    /** Each lever with a step at its value × (1 ± swing), sorted by the range of the outcome, widest first. */
    List<TornadoBar> tornado(int swingPercent) {
        BigDecimal swing = BigDecimal.valueOf(swingPercent).movePointLeft(2);
        record Raw(ModelNode lever, BigDecimal low, BigDecimal high, BigDecimal lowOutcome, BigDecimal highOutcome) {
        }
        List<Raw> raws = new ArrayList<>();
        for (ModelNode lever : model.levers()) {
            if (!lever.pullable()) {
                continue;
            }
            BigDecimal value = base.get(lever.key());
            BigDecimal low = value.multiply(ONE.subtract(swing), DriverModel.MATH);
            BigDecimal high = value.multiply(ONE.add(swing), DriverModel.MATH);
            BigDecimal lowOutcome = outcomeOrNull(lever, low);
            BigDecimal highOutcome = outcomeOrNull(lever, high);
            if (lowOutcome != null && highOutcome != null) {
                raws.add(new Raw(lever, low, high, lowOutcome, highOutcome));
            }
        }
        raws.sort(Comparator.comparing((Raw r) -> r.highOutcome().subtract(r.lowOutcome()).abs()).reversed());
        BigDecimal extent = raws.stream().map(r -> r.highOutcome().subtract(outcomeValue).abs()
                .max(r.lowOutcome().subtract(outcomeValue).abs())).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        double half = TORNADO_WIDTH / 2;
        double scale = extent.signum() == 0 ? 0 : half / extent.doubleValue();
        List<TornadoBar> bars = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            double lowOffset = r.lowOutcome().subtract(outcomeValue).doubleValue() * scale;
            double highOffset = r.highOutcome().subtract(outcomeValue).doubleValue() * scale;
            bars.add(new TornadoBar(r.lever().key(), r.lever().name(), r.lever().unit().format(r.low()),
                    r.lever().unit().format(r.high()), r.lowOutcome(), r.highOutcome(),
                    outcome.unit().format(r.lowOutcome()), outcome.unit().format(r.highOutcome()),
                    round(half + Math.min(0, lowOffset)), round(Math.abs(lowOffset)),
                    round(half + Math.min(0, highOffset)), round(Math.abs(highOffset)), i * TORNADO_ROW));
        }
        return bars;
    }

    /**
     * The value of this lever at which the outcome reaches {@code target}, holding the others: found by the
     * secant method (exact in one round when the outcome moves in a straight line with the lever), then checked
     * against what the lever can be (a rate between 0 and 100%, nothing below zero).
     */
    GoalSeek goalSeek(ModelNode lever, BigDecimal target) {
        BigDecimal now = base.get(lever.key());
        String targetLabel = outcome.unit().format(target);
        if (outcomeValue.compareTo(target) == 0) {
            return new GoalSeek(lever.key(), lever.name(), lever.unit().format(now), true, now, lever.unit().format(now),
                    outcome.name() + " is at its target already: " + lever.name() + " can stay at " + lever.unit().format(now) + ".");
        }
        BigDecimal tolerance = target.abs().max(ONE).movePointLeft(9);
        BigDecimal x0 = now;
        BigDecimal f0 = outcomeValue.subtract(target);
        BigDecimal x1 = now.signum() == 0 ? ONE : now.multiply(new BigDecimal("1.1"), DriverModel.MATH);
        BigDecimal f1 = outcomeOrNull(lever, x1);
        BigDecimal found = null;
        for (int round = 0; round < SEEK_ROUNDS && f1 != null; round++) {
            f1 = f1.subtract(target);
            if (f1.abs().compareTo(tolerance) <= 0) {
                found = x1;
                break;
            }
            BigDecimal slope = f1.subtract(f0);
            if (slope.signum() == 0) {
                break;
            }
            BigDecimal x2 = x1.subtract(f1.multiply(x1.subtract(x0), DriverModel.MATH).divide(slope, DriverModel.MATH), DriverModel.MATH);
            x0 = x1;
            f0 = f1;
            x1 = x2;
            f1 = outcomeOrNull(lever, x1);
        }
        if (found == null) {
            return new GoalSeek(lever.key(), lever.name(), lever.unit().format(now), false, null, null, "No value of " + lever.name()
                    + " brings " + outcome.name() + " to " + targetLabel + " while the other levers hold: it does not move "
                    + outcome.name() + " enough (or at all). Look at another lever.");
        }
        String valueLabel = lever.unit().format(found);
        if (lever.unit() == DriverUnit.PERCENT && found.compareTo(ONE) > 0) {
            return new GoalSeek(lever.key(), lever.name(), lever.unit().format(now), false, found, valueLabel, "Impossible: " + lever.name()
                    + " would need to be " + valueLabel + " to reach " + targetLabel + ", and a rate cannot exceed 100%.");
        }
        if (found.signum() < 0) {
            return new GoalSeek(lever.key(), lever.name(), lever.unit().format(now), false, found, valueLabel, "Impossible: " + lever.name()
                    + " would need to be " + valueLabel + " to reach " + targetLabel + ", and it cannot be below zero.");
        }
        return new GoalSeek(lever.key(), lever.name(), lever.unit().format(now), true, found, valueLabel, lever.name() + " would need to be " + valueLabel
                + " (plan " + lever.unit().format(now) + ", " + lever.unit().formatDelta(found.subtract(now)) + ") for "
                + outcome.name() + " to reach " + targetLabel + ", holding the other levers.");
    }

    private BigDecimal outcomeOrNull(ModelNode lever, BigDecimal value) {
        try {
            return model.outcomeWith(base, lever.key(), value);
        } catch (RuleViolationException cannotCompute) {
            return null;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
