package dev.cadence.scorecard;

import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TypedNumber;
import dev.cadence.web.TypedNumber.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a metric's number counts, how it reads on the scorecard, and what may be typed for it.
 * <p>
 * A percentage is stored as the number before the sign: 41.5 is 41.5%. What may be typed ({@link #read}):
 * an amount in dollars with or without {@code $}, scaled by k, M or B ({@code $1.2M}), and negative when it
 * is a net figure; a count plain or scaled ({@code 450k}), negative for a net count; a percentage with or
 * without {@code %}; days with or without {@code d}; a ratio with or without {@code ×}. Percentages, days
 * and ratios are never negative, and only amounts and counts take k, M or B ({@code 1.2m} days could be
 * minutes or months). Whatever the unit, the number must fit its column ({@link StoredNumbers}).
 */
public enum MetricUnit {
    CURRENCY("Currency ($)", Symbol.DOLLAR, true, true, "an amount in dollars", "$1,200 or $1.2M"),
    PERCENT("Percent (%)", Symbol.PERCENT, false, false, "a percentage", "41.5 or 41.5%"),
    COUNT("Count", null, true, true, "a count", "1,204 or 12k"),
    DAYS("Days", Symbol.DAYS, false, false, "a number of days", "41 or 41 d"),
    RATIO("Ratio (×)", Symbol.TIMES, false, false, "a ratio", "3.2 or 3.2×");

    private final String label;
    private final Symbol symbol;
    private final boolean scales;
    private final boolean mayBeNegative;
    private final String noun;
    private final String examples;

    MetricUnit(String label, Symbol symbol, boolean scales, boolean mayBeNegative, String noun, String examples) {
        this.label = label;
        this.symbol = symbol;
        this.scales = scales;
        this.mayBeNegative = mayBeNegative;
        this.noun = noun;
        this.examples = examples;
    }

    public String label() {
        return label;
    }

    /** How a value of this unit may be written: "$1,200 or $1.2M". */
    public String examples() {
        return examples;
    }

    /**
     * The number typed for a metric of this unit, or {@code null} when none was typed; refused (on
     * {@code field}) when it is written for another unit ({@code 12%} for dollars, {@code $12} for a
     * percentage), negative where this unit cannot be, or does not fit its column.
     */
    public BigDecimal read(TypedNumber typed, String field) {
        if (typed == null) {
            return null;
        }
        if (typed.symbol() != null && typed.symbol() != symbol || typed.scaled() && !scales) {
            throw new RuleViolationException(field, "\"" + typed.shown() + "\" is not " + noun + ": write it like " + examples + ".");
        }
        if (typed.value().signum() < 0 && !mayBeNegative) {
            throw new RuleViolationException(field, "\"" + typed.shown() + "\" is negative, and " + noun
                    + " cannot be: write 0 or more, like " + examples + ".");
        }
        return StoredNumbers.requireStorable(typed.value(), field);
    }

    /** Like {@link #read(TypedNumber, String)}, for a number given as a number (a JSON body, the code). */
    public BigDecimal read(BigDecimal number, String field) {
        return read(TypedNumber.of(number), field);
    }

    /** "$1.2M", "23.5%", "41 d", "3.1×", "1,204". */
    public String format(BigDecimal value) {
        return format(value, 0);
    }

    /**
     * A value and the target it is judged against, written alike, so that what is shown agrees with the status
     * ({@link Thresholds}): when the value differs from the target but both would read the same ("0.4% against 0.4%" at
     * risk), both get one more decimal, up to four more, until they read differently ("0.38% against 0.40%"). Either may
     * be {@code null} (written as "").
     */
    public Shown formatBeside(BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return new Shown(format(value), format(target));
        }
        for (int extra = 0; extra <= MOST_EXTRA_DECIMALS; extra++) {
            String v = format(value, extra);
            String t = format(target, extra);
            if (value.compareTo(target) == 0 || !v.equals(t) || extra == MOST_EXTRA_DECIMALS) {
                return new Shown(v, t);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * How many decimals beyond the usual {@link #formatBeside} adds so that {@code value} and {@code target} read
     * differently (0 when they read differently already, are equal, or either is missing).
     */
    public int extraDecimals(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || value.compareTo(target) == 0) {
            return 0;
        }
        for (int extra = 0; extra < MOST_EXTRA_DECIMALS; extra++) {
            if (!format(value, extra).equals(format(target, extra))) {
                return extra;
            }
        }
        return MOST_EXTRA_DECIMALS;
    }

    /** A value with {@code extra} decimals beyond the usual (as {@link #extraDecimals} says), for figures shown side by side. */
    public String format(BigDecimal value, int extra) {
        return formatWith(value, extra);
    }

    /** A value and its target as {@link #formatBeside} writes them. */
    public record Shown(String value, String target) {
    }

    private static final int MOST_EXTRA_DECIMALS = 4;

    /** As {@link #format(BigDecimal)}, with {@code extra} more decimals than usual (kept even when zero, for a pair). */
    private String formatWith(BigDecimal value, int extra) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case CURRENCY -> money(value, extra);
            case PERCENT -> plain(value, 1 + extra, extra > 0) + "%";
            case DAYS -> plain(value, extra, extra > 0) + " d";
            case RATIO -> plain(value, 2 + extra, extra > 0) + "×";
            case COUNT -> plain(value, extra, extra > 0);
        };
    }

    private static String money(BigDecimal value, int extra) {
        BigDecimal abs = value.abs();
        String sign = value.signum() < 0 ? "−" : "";
        boolean fixed = extra > 0;
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(6), 2 + extra, fixed) + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(100_000)) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(3), extra, fixed) + "K";
        }
        if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(3), 1 + extra, fixed) + "K";
        }
        return sign + "$" + plain(abs, extra, fixed);
    }

    static String plain(BigDecimal value, int maxDecimals) {
        return plain(value, maxDecimals, false);
    }

    /**
     * Grouped thousands, at most {@code maxDecimals} decimals, no trailing zeros ("1,204.5") unless {@code keepZeros}
     * (exactly {@code maxDecimals}: "0.40", written beside "0.38").
     * Written out rather than with {@code NumberFormat}, whose per-call set-up dominated the
     * scorecard page's rendering time (hundreds of cells a page).
     */
    private static String plain(BigDecimal value, int maxDecimals, boolean keepZeros) {
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && !keepZeros) {
            return "0";
        }
        String digits = keepZeros ? rounded.abs().toPlainString() : rounded.abs().stripTrailingZeros().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder(digits.length() + whole.length() / 3 + 1);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(digits, point, digits.length());
        }
        return out.toString();
    }
}
