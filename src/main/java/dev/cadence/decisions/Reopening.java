package dev.cadence.decisions;

import java.time.Instant;

/** One reopening of an area or a decision: who, when, why. */
public record Reopening(String by, Instant at, String reason) {
}
