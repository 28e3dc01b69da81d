package dev.cadence.nrr;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A component of a quarter's NRR forecast as a page, the API or a meeting reads it: its owner, its forecast (its latest
 * update, or as of a date the latest update on or before it), that update's reason, and the actual once entered.
 *
 * @param version the component's version (0 as of a past date: nothing is edited there)
 */
public record ComponentView(NrrComponent component, Long ownerId, String ownerName, BigDecimal forecast, String lastReason,
                            Instant lastAt, String lastBy, BigDecimal actual, long version) {

    public String forecastShown() {
        return Money.full(forecast);
    }

    public String actualShown() {
        return Money.full(actual);
    }

    /** Actual minus forecast: what the forecast missed by (null until both are known). */
    public BigDecimal variance() {
        return forecast == null || actual == null ? null : actual.subtract(forecast);
    }

    public String varianceShown() {
        BigDecimal v = variance();
        return v == null ? "—" : (v.signum() > 0 ? "+" : v.signum() == 0 ? "±" : "") + Money.full(v);
    }

    ComponentView withActual(BigDecimal actual) {
        return new ComponentView(component, ownerId, ownerName, forecast, lastReason, lastAt, lastBy, actual, version);
    }
}
