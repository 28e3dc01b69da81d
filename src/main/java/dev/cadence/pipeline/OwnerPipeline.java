package dev.cadence.pipeline;

import java.math.BigDecimal;

/** One owner's open pipeline at a flow's end, and the part of it in commit: the rep's capacity. */
public record OwnerPipeline(String owner, int deals, BigDecimal amount, int commitDeals, BigDecimal commitAmount) {
}
