package dev.cadence.drivers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tree in the list: its outcome at the plan against its target. */
public record TreeSummary(long id, String name, String outcomeName, BigDecimal target, String targetLabel, LocalDate targetDate,
                          BigDecimal outcome, String outcomeLabel, String gapLabel, boolean onTarget, int nodeCount,
                          int leverCount, int offPlanCount, DriverUnit unit, long version) {
}
