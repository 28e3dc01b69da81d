package dev.cadence.drivers;

import dev.cadence.scorecard.MetricUnit;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What a node's number counts. Numbers are typed and shown as the scorecard's units are
 * ({@link MetricUnit#read}, {@link MetricUnit#format}); in formulas a percentage is its fraction, as in a
 * spreadsheet: 24% is 0.24, so {@code new_arr = opportunities * win_rate * asp} needs no {@code / 100}.
 * Values are kept as formulas see them.
 */
public enum DriverUnit {
    MONEY("Money ($)", MetricUnit.CURRENCY, "money"),
    PERCENT("Percent (%)", MetricUnit.PERCENT, "percent"),
    COUNT("Count", MetricUnit.COUNT, null),
    RATIO("Ratio (×)", MetricUnit.RATIO, "ratio");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String label;
    private final MetricUnit typed;
    private final String affix;

    DriverUnit(String label, MetricUnit typed, String affix) {
        this.label = label;
        this.typed = typed;
        this.affix = affix;
    }

    public String label() {
        return label;
    }

    /** How a number of this unit is typed: "24 or 24%". */
    public String example() {
        return DriverService.example(this);
    }

    /** The affix the form's number field shows: {@code money}, {@code percent}, {@code ratio} or none. */
    public String affix() {
        return affix;
    }

    /** A typed number as formulas see it (25% → 0.25), refused on {@code field} when it does not fit the unit. */
    BigDecimal read(TypedNumber number, String field) {
        BigDecimal value = typed.read(number, field);
        return value == null ? null : this == PERCENT ? value.divide(HUNDRED) : value;
    }

    /** A number from the scorecard (a percentage as 41.5) as formulas see it. */
    BigDecimal fromScorecard(BigDecimal value) {
        return value == null ? null : this == PERCENT ? value.divide(HUNDRED) : value;
    }

    /** "$1.2M", "24.5%", "1,204", "3.2×". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (this == COUNT || this == RATIO) {
            // The minus sign as the other units write it (the scorecard's counts are never shown negative).
            BigDecimal abs = value.abs();
            String digits = typed.format(this == COUNT && abs.compareTo(BigDecimal.valueOf(10)) < 0 ? abs.setScale(1, RoundingMode.HALF_UP) : abs);
            return (value.signum() < 0 && !digits.matches("[0.,]+×?") ? "−" : "") + digits;
        }
        if (this == PERCENT) {
            // Two decimals: a monthly churn of 0.85% must not read as 0.9%.
            String digits = MetricUnitText.plain(value.multiply(HUNDRED).abs(), 2);
            return (value.signum() < 0 ? "−" : "") + digits + "%";
        }
        return typed.format(value);
    }

    /** A change, signed: "+$0.90M", "−1.5 pts", "+12". */
    public String formatDelta(BigDecimal delta) {
        if (delta == null) {
            return "—";
        }
        String sign = delta.signum() < 0 ? "−" : "+";
        BigDecimal abs = delta.abs();
        if (this == PERCENT) {
            String pts = MetricUnitText.plain(abs.multiply(HUNDRED), 2);
            return sign + pts + (pts.equals("1") ? " pt" : " pts");
        }
        return sign + format(abs);
    }

    /** The number as it would be typed back into a field: "0.24" is typed "24". */
    public String typedBack(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = this == PERCENT ? value.multiply(HUNDRED) : value;
        return shown.round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** Plain digits without the scorecard's package-private helper. */
    static final class MetricUnitText {
        private MetricUnitText() {
        }

        static String plain(BigDecimal value, int decimals) {
            return value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }
}
