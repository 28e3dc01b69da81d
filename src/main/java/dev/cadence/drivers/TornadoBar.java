package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * One lever's bar of the tornado: the outcome with the lever at its low and its high (the plan ± the swing),
 * and where the bar lies in the chart (x and width in the chart's units, low and high ends apart).
 */
public record TornadoBar(String leverKey, String leverName, String lowValue, String highValue, BigDecimal lowOutcome,
                         BigDecimal highOutcome, String lowLabel, String highLabel, double lowX, double lowWidth,
                         double highX, double highWidth, double y) {

    public BigDecimal range() {
        return highOutcome.subtract(lowOutcome).abs();
    }
}
