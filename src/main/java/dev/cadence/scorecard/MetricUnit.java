package dev.cadence.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

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

    private static String plain(BigDecimal value, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(maxDecimals);
        format.setMinimumFractionDigits(0);
        return format.format(value.setScale(maxDecimals, RoundingMode.HALF_UP));
    }
}
