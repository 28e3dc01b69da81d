package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * A lever whose linked scorecard metric is off the lever's assumption: what the 1:1's "what changed" and the
 * forecast review cite ({@link DriverService#leversOffAssumption}).
 *
 * @param assumption  as the scorecard writes the metric (a percentage as 24, not 0.24)
 * @param latestValue likewise
 * @param latestLabel as the lever's unit writes it ("22.5%")
 * @param latestPeriodLabel the period of the latest value, as people read it ("Week 47, 2026")
 */
public record OffAssumptionLever(long treeId, String treeName, String leverKey, String leverName, long ownerId,
                                 String ownerName, String metricKey, String segmentKey, BigDecimal assumption,
                                 String assumptionLabel, BigDecimal latestValue, String latestLabel, String latestPeriod,
                                 String latestPeriodLabel, LeverStatus status) {

    /** "Win rate · Mid-market is off plan: 22.8% in Week 50, 7–13 Dec 2026 against an assumed 26% (FY2027 ARR plan, owner Daniel Okafor)." */
    public String sentence() {
        return leverName + " is " + status.label().toLowerCase(java.util.Locale.ENGLISH) + ": " + latestLabel + " in " + latestPeriodLabel
                + " against an assumed " + assumptionLabel + " (" + treeName + ", owner " + ownerName + ").";
    }

    /** "/drivers/3/levers/win_rate_ent". */
    public String href() {
        return "/drivers/" + treeId + "/levers/" + leverKey;
    }
}
