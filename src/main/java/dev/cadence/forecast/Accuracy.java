package dev.cadence.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How close a figure came to the quarter's actual bookings: accuracy = 1 − |call − actual| / actual, floored at 0
 * (a call more than twice the actual is 0% accurate, never negative). When the actual is 0, a call of 0 is 100%
 * accurate and any other call 0%: no ratio to take. Fractions with four decimals (0.9231 is 92.31%).
 */
public final class Accuracy {

    private Accuracy() {
    }

    /** The accuracy of {@code call} against {@code actual}, or {@code null} when either is missing. */
    public static BigDecimal of(BigDecimal call, BigDecimal actual) {
        if (call == null || actual == null) {
            return null;
        }
        if (actual.signum() == 0) {
            return call.signum() == 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
        }
        BigDecimal miss = call.subtract(actual).abs().divide(actual.abs(), 4, RoundingMode.HALF_UP);
        BigDecimal accuracy = BigDecimal.ONE.subtract(miss);
        return accuracy.signum() < 0 ? BigDecimal.ZERO.setScale(4) : accuracy.setScale(4, RoundingMode.HALF_UP);
    }

    /** The miss in whole percent of the actual (1 − accuracy), e.g. 8 for "within 8%". */
    public static int missPercent(BigDecimal accuracy) {
        return BigDecimal.ONE.subtract(accuracy).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** A fraction as a whole percentage, e.g. 92 for 0.9231. */
    public static int percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** The mean of some accuracies, four decimals; {@code null} for none. */
    public static BigDecimal mean(java.util.List<BigDecimal> accuracies) {
        if (accuracies.isEmpty()) {
            return null;
        }
        BigDecimal sum = accuracies.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(accuracies.size()), 4, RoundingMode.HALF_UP);
    }
}
