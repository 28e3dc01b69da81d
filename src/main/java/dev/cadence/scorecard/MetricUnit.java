package dev.cadence.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a metric's number counts, and how it reads on the scorecard. */
public enum MetricUnit {
    CURRENCY("Currency ($)"),
    PERCENT("Percent (%)"),
    COUNT("Count"),
    DAYS("Days"),
    RATIO("Ratio (×)");

    private final String label;

    MetricUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "$1.2M", "23.5%", "41 d", "3.1×", "1,204". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case CURRENCY -> money(value);
            case PERCENT -> plain(value, 1) + "%";
            case DAYS -> plain(value, 0) + " d";
            case RATIO -> plain(value, 2) + "×";
            case COUNT -> plain(value, 0);
        };
    }

    private static String money(BigDecimal value) {
        BigDecimal abs = value.abs();
        String sign = value.signum() < 0 ? "−" : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(6), 2) + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(100_000)) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(3), 0) + "K";
        }
        if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(3), 1) + "K";
        }
        return sign + "$" + plain(abs, 0);
    }

    /**
     * Grouped thousands, at most {@code maxDecimals} decimals, no trailing zeros ("1,204.5").
     * Written out rather than with {@code NumberFormat}, whose per-call set-up dominated the
     * scorecard page's rendering time (hundreds of cells a page).
     */
    static String plain(BigDecimal value, int maxDecimals) {
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        String digits = rounded.abs().stripTrailingZeros().toPlainString();
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
