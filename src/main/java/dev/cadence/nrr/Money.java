package dev.cadence.nrr;

import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts of ARR: read from what people type ({@code $120k}, {@code 1,200,000}, {@code $1.2M}) and shown back. */
public final class Money {

    /** numeric(16,2): 14 digits before the point, 2 after. */
    private static final int WHOLE_DIGITS = 14;

    private Money() {
    }

    /** The amount typed for {@code field}: dollars or no sign, never negative, at most 14 digits and 2 decimals. */
    static BigDecimal read(TypedNumber typed, String field, String what) {
        if (typed == null) {
            throw new RuleViolationException(field, what + " is needed: an amount such as $120k or 1,200,000.");
        }
        return read(typed.value(), typed.symbol() == null || typed.symbol() == TypedNumber.Symbol.DOLLAR ? null : typed.symbol().sign(),
                typed.shown(), field, what);
    }

    static BigDecimal read(BigDecimal value, String wrongSign, String shown, String field, String what) {
        if (wrongSign != null) {
            throw new RuleViolationException(field, "\"" + shown + "\" is not an amount of dollars: write it as $120k or 120,000.");
        }
        if (value.signum() < 0) {
            throw new RuleViolationException(field, what + " cannot be negative: write the amount lost as a positive number.");
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 2) {
            throw new RuleViolationException(field, "\"" + shown + "\" has more than 2 decimals: amounts are kept to the cent.");
        }
        if (v.precision() - v.scale() > WHOLE_DIGITS) {
            throw new RuleViolationException(field, "\"" + shown + "\" is too large: at most 14 digits before the point.");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code $1,240,000}; {@code —} for none. */
    public static String full(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return (amount.signum() < 0 ? "−$" : "$") + f.format(amount.abs());
    }

    /** {@code $41.6M}, {@code $420K}, {@code $900}: for figures read at a glance; {@code —} for none. */
    public static String brief(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        BigDecimal a = amount.abs();
        String sign = amount.signum() < 0 ? "−$" : "$";
        if (a.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            BigDecimal m = a.movePointLeft(6);
            return sign + m.setScale(m.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "M";
        }
        if (a.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return sign + a.movePointLeft(3).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "K";
        }
        return sign + a.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** What a form shows to edit: {@code 1200000} as typed back. */
    static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
