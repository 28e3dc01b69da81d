package dev.cadence.scorecard;

/** A metric whose owner has not entered the current period's value yet. */
public record MissingValue(String metricKey, String metricName, String periodKey, String periodLongLabel) {
}
