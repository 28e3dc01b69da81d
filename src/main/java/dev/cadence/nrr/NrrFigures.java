package dev.cadence.nrr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quarter's retention arithmetic over its starting ARR: NRR = (start + expansion − contraction − churn) / start and
 * GRR = (start − contraction − churn) / start, as ratios (1.04 is 104%). Either is unknown ({@code null}) when the
 * starting ARR is not set or is zero (no base to retain), or when a component it needs is not known yet.
 */
public record NrrFigures(BigDecimal start, BigDecimal churn, BigDecimal contraction, BigDecimal expansion) {

    private static final int SCALE = 6;

    /** Net revenue retention, or null when it cannot be computed. */
    public BigDecimal nrr() {
        if (!hasBase() || churn == null || contraction == null || expansion == null) {
            return null;
        }
        return start.add(expansion).subtract(contraction).subtract(churn).divide(start, SCALE, RoundingMode.HALF_EVEN);
    }

    /** Gross revenue retention (expansion left out), or null when it cannot be computed. */
    public BigDecimal grr() {
        if (!hasBase() || churn == null || contraction == null) {
            return null;
        }
        return start.subtract(contraction).subtract(churn).divide(start, SCALE, RoundingMode.HALF_EVEN);
    }

    /** The ARR the quarter ends with: start + expansion − contraction − churn (null when a part is unknown). */
    public BigDecimal endingArr() {
        if (start == null || churn == null || contraction == null || expansion == null) {
            return null;
        }
        return start.add(expansion).subtract(contraction).subtract(churn);
    }

    public String nrrShown() {
        return percent(nrr());
    }

    public String grrShown() {
        return percent(grr());
    }

    public boolean hasBase() {
        return start != null && start.signum() > 0;
    }

    /** {@code 104.3%} for a ratio of 1.043; {@code —} for none. */
    public static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The difference of two ratios in percentage points, signed: {@code +1.2 pts}; null when either is unknown. */
    public static String points(BigDecimal actual, BigDecimal forecast) {
        if (actual == null || forecast == null) {
            return null;
        }
        BigDecimal pts = actual.subtract(forecast).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (pts.signum() > 0 ? "+" : pts.signum() < 0 ? "−" : "±") + pts.abs().toPlainString() + " pts";
    }
}
