package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal of a flow bucket, as both snapshots show it ({@code null} where absent), and the amount the bucket counts. */
public record FlowDeal(String dealId, String name, String account, String owner, String segment, Side from, Side to,
                       BigDecimal counted) {

    public record Side(String stage, StageMeaning meaning, BigDecimal amount, LocalDate closeDate) {
    }
}
