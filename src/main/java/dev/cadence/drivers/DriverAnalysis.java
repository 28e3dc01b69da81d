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
    /** Doublings of the distance tried: from a thousandth of the value to about 10^15 times it. */
    private static final int BRACKET_ROUNDS = 60;
    private static final int BISECT_ROUNDS = 200;

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
     * The value of this lever at which the outcome reaches {@code target}, holding the others. The secant method
     * first (exact in one round when the outcome moves in a straight line with the lever, as through sums and
     * products); when it finds nothing (the outcome levels off, as under MIN or MAX, or bends), values ever further
     * from the lever's on both sides until one crosses the target, then bisection. The value found is then checked
     * against what the lever can be ({@link #lowest}, {@link #highest}).
     */
    GoalSeek goalSeek(ModelNode lever, BigDecimal target) {
        BigDecimal now = base.get(lever.key());
        DriverUnit unit = lever.unit();
        String targetLabel = outcome.unit().format(target);
        if (!model.moves(lever.key(), model.outcomeKey())) {
            return seek(lever, GoalSeek.Answer.NOT_USED, now, null, outcome.name() + " is not computed from " + lever.name()
                    + ": no formula on the way to it uses " + lever.key() + ", so no value of it closes the gap. Choose a lever the "
                    + "outcome is computed from.");
        }
        if (outcomeValue.compareTo(target) == 0) {
            return seek(lever, GoalSeek.Answer.AT_TARGET, now, now, outcome.name() + " is at its target of " + targetLabel
                    + " already: " + lever.name() + " can stay at " + unit.format(now) + ".");
        }
        BigDecimal tolerance = target.abs().max(ONE).movePointLeft(9);
        BigDecimal found = secant(lever, now, target, tolerance);
        if (found == null) {
            found = bracketed(lever, now, target, tolerance);
        }
        if (found == null) {
            return seek(lever, GoalSeek.Answer.UNREACHABLE, now, null, "No value of " + lever.name() + " brings " + outcome.name()
                    + " to " + targetLabel + " with the other levers held: whatever its value, " + outcome.name()
                    + " levels off " + (outcomeValue.compareTo(target) < 0 ? "below" : "above") + " the target. Look at another lever.");
        }
        String valueLabel = unit.format(found);
        BigDecimal highest = highest(lever);
        if (highest != null && found.compareTo(highest) > 0) {
            return seek(lever, GoalSeek.Answer.ABOVE_RANGE, now, found, "Impossible: " + lever.name() + " would need to be " + valueLabel
                    + " for " + outcome.name() + " to reach " + targetLabel + ", and a rate cannot exceed 100%.");
        }
        BigDecimal lowest = lowest(lever);
        if (lowest != null && found.compareTo(lowest) < 0) {
            return seek(lever, GoalSeek.Answer.BELOW_RANGE, now, found, "Impossible: " + lever.name() + " would need to be " + valueLabel
                    + " for " + outcome.name() + " to reach " + targetLabel + ", and it cannot be below zero.");
        }
        return seek(lever, GoalSeek.Answer.FOUND, now, found, lever.name() + " would need to be " + valueLabel + ", "
                + unit.formatDelta(found.subtract(now)) + " from " + unit.format(now) + ", for " + outcome.name() + " to reach "
                + targetLabel + " with the other levers held.");
    }

    /**
     * The least a lever can be: zero, unless its plan or baseline is below zero already (a net figure); {@code null}
     * when it has no floor.
     */
    static BigDecimal lowest(ModelNode lever) {
        boolean net = lever.assumption() != null && lever.assumption().signum() < 0 || lever.baseline() != null && lever.baseline().signum() < 0;
        return net ? null : BigDecimal.ZERO;
    }

    /**
     * The most a lever can be: 100% for a percentage, unless its plan or baseline is above it already (a retention
     * rate); {@code null} for any other lever.
     */
    static BigDecimal highest(ModelNode lever) {
        if (lever.unit() != DriverUnit.PERCENT) {
            return null;
        }
        boolean above = lever.assumption() != null && lever.assumption().compareTo(ONE) > 0
                || lever.baseline() != null && lever.baseline().compareTo(ONE) > 0;
        return above ? null : ONE;
    }

    private GoalSeek seek(ModelNode lever, GoalSeek.Answer answer, BigDecimal now, BigDecimal value, String sentence) {
        DriverUnit unit = lever.unit();
        return new GoalSeek(lever.key(), lever.name(), unit, answer, now, unit.format(now), value, value == null ? null : unit.format(value),
                value == null ? null : unit.formatDelta(value.subtract(now)), sentence);
    }

    private BigDecimal secant(ModelNode lever, BigDecimal now, BigDecimal target, BigDecimal tolerance) {
        BigDecimal x0 = now;
        BigDecimal f0 = outcomeValue.subtract(target);
        BigDecimal x1 = now.signum() == 0 ? ONE : now.multiply(new BigDecimal("1.1"), DriverModel.MATH);
        BigDecimal y1 = outcomeOrNull(lever, x1);
        for (int round = 0; round < SEEK_ROUNDS && y1 != null; round++) {
            BigDecimal f1 = y1.subtract(target);
            if (f1.abs().compareTo(tolerance) <= 0) {
                return x1;
            }
            BigDecimal slope = f1.subtract(f0);
            if (slope.signum() == 0) {
                return null;
            }
            BigDecimal x2 = x1.subtract(f1.multiply(x1.subtract(x0), DriverModel.MATH).divide(slope, DriverModel.MATH), DriverModel.MATH);
            x0 = x1;
            f0 = f1;
            x1 = x2;
            y1 = outcomeOrNull(lever, x1);
        }
        return null;
    }

    /**
     * Values ever further from {@code now} on both sides (doubling the distance, from a thousandth of the lever's
     * value) until the outcome crosses the target, then bisection between the last two; {@code null} when it never
     * crosses.
     */
    private BigDecimal bracketed(ModelNode lever, BigDecimal now, BigDecimal target, BigDecimal tolerance) {
        int side = outcomeValue.compareTo(target);
        BigDecimal distance = now.abs().max(ONE).movePointLeft(3);
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal[] inside = {now, now};
        for (int round = 0; round < BRACKET_ROUNDS; round++) {
            for (int direction = 0; direction < 2; direction++) {
                BigDecimal x = direction == 0 ? now.add(distance) : now.subtract(distance);
                BigDecimal y = outcomeOrNull(lever, x);
                if (y == null) {
                    continue;
                }
                if (y.compareTo(target) == 0 || Integer.signum(y.compareTo(target)) != Integer.signum(side)) {
                    return bisect(lever, inside[direction], x, target, tolerance, side);
                }
                inside[direction] = x;
            }
            distance = distance.multiply(two);
        }
        return null;
    }

    /** Between {@code near} (the outcome on the side it starts) and {@code far} (across the target). */
    private BigDecimal bisect(ModelNode lever, BigDecimal near, BigDecimal far, BigDecimal target, BigDecimal tolerance, int side) {
        BigDecimal two = BigDecimal.valueOf(2);
        for (int round = 0; round < BISECT_ROUNDS; round++) {
            BigDecimal middle = near.add(far).divide(two, DriverModel.MATH);
            BigDecimal y = outcomeOrNull(lever, middle);
            if (y == null) {
                return null;
            }
            if (y.subtract(target).abs().compareTo(tolerance) <= 0) {
                return middle;
            }
            if (Integer.signum(y.compareTo(target)) == Integer.signum(side)) {
                near = middle;
            } else {
                far = middle;
            }
        }
        return far;
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
