package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * The value of one lever that makes the outcome reach its target, holding the others; or why none can.
 *
 * @param value the value found (as formulas see it), or {@code null} when none can close the gap
 */
public record GoalSeek(String leverKey, String leverName, String currentLabel, boolean possible, BigDecimal value,
                       String valueLabel, String sentence) {
}
