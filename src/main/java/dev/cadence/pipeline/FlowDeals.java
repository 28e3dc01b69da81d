package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.util.List;

/** A bucket's deals, the largest first (at most {@link FlowService#LISTED}), and how many and how much all of them are. */
public record FlowDeals(FlowBucket bucket, List<FlowDeal> deals, int matching, BigDecimal amount) {
}
