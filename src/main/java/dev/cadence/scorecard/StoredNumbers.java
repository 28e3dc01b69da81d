package dev.cadence.scorecard;

import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;

/**
 * Values and targets are stored as {@code numeric(18, 4)} (migration V3): up to 14 digits before the
 * point, and 4 after it. A larger number, or one with more decimals (which the database would round,
 * {@code 0.00001} to 0), is refused here with a message, rather than stored as something else or refused
 * by the database.
 */
final class StoredNumbers {

    /** Decimal places kept. */
    static final int SCALE = 4;

    /** The smallest magnitude that no longer fits once rounded to 4 decimals (half away from zero, as PostgreSQL does). */
    private static final BigDecimal TOO_LARGE = new BigDecimal("99999999999999.99995");

    private StoredNumbers() {
    }

    /** The number, or refused on {@code field} when it does not fit; {@code null} passes. */
    static BigDecimal requireStorable(BigDecimal number, String field) {
        if (number == null) {
            return null;
        }
        if (number.abs().compareTo(TOO_LARGE) >= 0) {
            throw new RuleViolationException(field, tooLarge());
        }
        if (number.stripTrailingZeros().scale() > SCALE) {
            throw new RuleViolationException(field, tooPrecise(number));
        }
        return number;
    }

    static String tooLarge() {
        return "That number is too large: Cadence keeps up to 14 digits before the decimal point (and 4 after).";
    }

    static String tooPrecise(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString();
        return (plain.length() <= 24 ? plain : "That number") + " has more decimals than Cadence keeps: up to " + SCALE
                + " after the decimal point (0.0001 is the smallest step). Round it to " + SCALE + " decimals.";
    }
}
