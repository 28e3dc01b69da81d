package dev.cadence.pipeline;

import java.math.BigDecimal;

/** Deals in a flow's start by their stage then, and how many of them were won (and lost) by its end. */
public record StageConversion(String stage, int deals, BigDecimal amount, int won, BigDecimal wonAmount, int lost) {

    /** The share of the stage's deals won, in whole percent. */
    public int wonPercent() {
        return deals == 0 ? 0 : Math.round(100f * won / deals);
    }
}
