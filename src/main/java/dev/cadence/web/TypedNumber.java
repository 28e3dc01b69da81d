package dev.cadence.web;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number someone typed into a form ({@code $1,200}, {@code 41.5%}), as {@link NumberFormatter} read
 * it. Forms bind this rather than a bare {@code BigDecimal}: for a {@code BigDecimal} Spring falls
 * back to its own number parsing when the formatter refuses, and the formatter's message is lost.
 */
public record TypedNumber(BigDecimal value) {

    public TypedNumber {
        Objects.requireNonNull(value);
    }

    /** The number, or {@code null} when none was typed. */
    public static BigDecimal valueOf(TypedNumber typed) {
        return typed == null ? null : typed.value();
    }
}
