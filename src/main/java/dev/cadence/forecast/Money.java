package dev.cadence.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in words for messages and charts: {@code $1,240,000} in full, {@code $1.24M} short. */
final class Money {

    private Money() {
    }

    static String full(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = f.format(amount.abs().setScale(0, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "−$" : "$") + digits;
    }

    /** {@code $1.24M}, {@code $450K}, {@code $900}. */
    static String brief(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        double v = Math.abs(amount.doubleValue());
        String sign = amount.signum() < 0 ? "−" : "";
        if (v >= 1_000_000) {
            return sign + String.format(Locale.ROOT, "$%.2fM", v / 1_000_000);
        }
        if (v >= 1_000) {
            return sign + String.format(Locale.ROOT, "$%.0fK", v / 1_000);
        }
        return sign + String.format(Locale.ROOT, "$%.0f", v);
    }
}
