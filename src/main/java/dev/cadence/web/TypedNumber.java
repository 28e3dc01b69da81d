package dev.cadence.web;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number someone typed ({@code $1,200}, {@code 41.5%}, {@code 450k}), as {@link NumberFormatter} read
 * it: its value, the sign written beside it and whether a k, M or B scaled it, so that whoever knows what
 * the number counts can refuse what does not fit (a {@code %} on an amount in dollars), and what was
 * typed, to show it back. Forms bind this rather than a bare {@code BigDecimal}: for a {@code BigDecimal}
 * Spring falls back to its own number parsing when the formatter refuses, and the formatter's message is lost.
 *
 * @param symbol the sign written beside the number, or {@code null} for none
 * @param scaled whether it was written with a k (thousand), M (million) or B (billion)
 * @param typed  the text as typed (stripped), or {@code null} for a number that was never text (JSON, code)
 */
public record TypedNumber(BigDecimal value, Symbol symbol, boolean scaled, String typed) {

    /** What people write beside a number to say what it counts. */
    public enum Symbol {
        DOLLAR("$"), PERCENT("%"), TIMES("×"), DAYS("d");

        private final String sign;

        Symbol(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }

    public TypedNumber {
        Objects.requireNonNull(value);
    }

    /** A number given as a number (a JSON body, the code), with no sign beside it. */
    public TypedNumber(BigDecimal value) {
        this(value, null, false, null);
    }

    /** The number as given, or {@code null} for none. */
    public static TypedNumber of(BigDecimal value) {
        return value == null ? null : new TypedNumber(value);
    }

    /** The number, or {@code null} when none was typed. */
    public static BigDecimal valueOf(TypedNumber typed) {
        return typed == null ? null : typed.value();
    }

    /** What was typed, or the number in plain digits when it was never typed. */
    public String shown() {
        return typed != null ? typed : value.stripTrailingZeros().toPlainString();
    }
}
