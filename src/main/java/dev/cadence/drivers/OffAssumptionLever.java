package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * A lever whose linked scorecard metric is off the lever's assumption: what the 1:1's "what changed" and the
 * forecast review cite ({@link DriverService#leversOffAssumption}).
 *
 * @param assumption  as the scorecard writes the metric (a percentage as 24, not 0.24)
 * @param latestValue likewise
 */
public record OffAssumptionLever(long treeId, String treeName, String leverKey, String leverName, long ownerId,
                                 String ownerName, String metricKey, String segmentKey, BigDecimal assumption,
                                 String assumptionLabel, BigDecimal latestValue, String latestLabel, String latestPeriod,
                                 LeverStatus status) {

    /** "/drivers/3/levers/win_rate_ent". */
    public String href() {
        return "/drivers/" + treeId + "/levers/" + leverKey;
    }
}
