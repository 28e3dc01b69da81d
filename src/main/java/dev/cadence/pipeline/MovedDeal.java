package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal that moved between two snapshots, as the forecast review lists it: the bucket it shows under (pushed out,
 * pulled in, won, lost, amount increased or decreased), both sides, how often it was pushed, the amount it moved,
 * and how many deals moved in all.
 */
public record MovedDeal(String dealId, String name, String account, String owner, String segment, FlowBucket bucket,
                        BigDecimal fromAmount, BigDecimal toAmount, LocalDate fromClose, LocalDate toClose, String fromStage,
                        String toStage, int pushes, BigDecimal moved, int matching) {

    /** Whether its close date moved. */
    public boolean closeMoved() {
        return fromClose != null && toClose != null && !fromClose.equals(toClose);
    }

    public String movedLabel() {
        return FlowChart.money(moved);
    }
}
