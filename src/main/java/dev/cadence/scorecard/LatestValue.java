package dev.cadence.scorecard;

import java.math.BigDecimal;

/**
 * A metric's newest value, as other features cite it.
 *
 * @param segmentKey the segment the value is for, or {@code null} for the company-wide value
 * @param value      as the scorecard stores it: a percentage as the number before the sign (41.5 is 41.5%)
 */
public record LatestValue(String metricKey, String metricName, MetricUnit unit, Direction direction, String segmentKey,
                          String periodKey, BigDecimal value) {

    /** "41.5%", "$1.2M": the value as the scorecard shows it. */
    public String formatted() {
        return unit.format(value);
    }
}
