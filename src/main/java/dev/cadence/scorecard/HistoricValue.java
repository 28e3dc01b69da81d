package dev.cadence.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value from the past, loaded in bulk with who entered it and when (the demo company, or history
 * brought over from another tool). {@code segmentKey} null = company-wide.
 */
public record HistoricValue(String metricKey, String periodKey, String segmentKey, BigDecimal value, String narrative,
                            long enteredBy, Instant enteredAt) {
}
