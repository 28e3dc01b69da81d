package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * What one step of a lever does to the outcome: "+1 pt Win rate (Enterprise) = +$79.8K Ending ARR".
 *
 * @param stepLabel "+1 pt", "+$5K", "+10%"
 */
public record Sensitivity(String leverKey, String leverName, String stepLabel, BigDecimal outcomeDelta, String deltaLabel,
                          String sentence) {
}
