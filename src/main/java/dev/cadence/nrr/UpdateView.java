package dev.cadence.nrr;

import java.math.BigDecimal;
import java.time.Instant;

/** One forecast update of a component, with the forecast it replaced ({@code null} for the first). */
public record UpdateView(long id, NrrComponent component, BigDecimal amount, BigDecimal previous, String reason, String by,
                         Instant at) {

    public String amountShown() {
        return Money.full(amount);
    }

    /** {@code +$120,000}, {@code −$40,000}, {@code ±$0}; {@code first} for the first forecast. */
    public String changeShown() {
        if (previous == null) {
            return "first forecast";
        }
        BigDecimal d = amount.subtract(previous);
        return (d.signum() > 0 ? "+" : d.signum() == 0 ? "±" : "") + Money.full(d);
    }
}
