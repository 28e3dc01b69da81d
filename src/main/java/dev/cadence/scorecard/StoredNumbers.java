package dev.cadence.scorecard;

import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;

/**
 * Values and targets are stored as {@code numeric(18, 4)} (migration V3): up to 14 digits before the
 * point, and 4 after it (more are rounded). A larger number is refused here, with a message, rather
 * than by the database.
 */
final class StoredNumbers {

    /** The smallest magnitude that no longer fits once rounded to 4 decimals (half away from zero, as PostgreSQL does). */
    private static final BigDecimal TOO_LARGE = new BigDecimal("99999999999999.99995");

    private StoredNumbers() {
    }

    /** The number, or refused on {@code field} when it does not fit; {@code null} passes. */
    static BigDecimal requireStorable(BigDecimal number, String field) {
        if (number != null && number.abs().compareTo(TOO_LARGE) >= 0) {
            throw new RuleViolationException(field, tooLarge());
        }
        return number;
    }

    static String tooLarge() {
        return "That number is too large: Cadence keeps up to 14 digits before the decimal point (and 4 after).";
    }
}
