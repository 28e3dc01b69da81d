package dev.cadence.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored value of a metric, as other features read a stretch of them (an experiment's window).
 *
 * @param segmentKey the segment the value is for, or {@code null} for the company-wide value
 * @param value      as the scorecard stores it: a percentage as the number before the sign (41.5 is 41.5%)
 */
public record PeriodValue(String metricKey, String segmentKey, String periodKey, LocalDate periodStart, BigDecimal value) {
}
