package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * A node as the model computes it: its key and name, whether it is a lever or a formula, and a lever's
 * values as formulas see them (a percentage as its fraction).
 *
 * @param step         a lever's step for its sensitivity (absolute, or a fraction of its value when
 *                     {@code stepRelative}); {@code null} for a lever held fixed (starting ARR)
 */
record ModelNode(String key, String name, NodeKind kind, DriverUnit unit, String formula, BigDecimal baseline,
                 BigDecimal assumption, BigDecimal step, boolean stepRelative) {

    boolean lever() {
        return kind == NodeKind.LEVER;
    }

    /** Sensitivity, tornado and goal seek move this lever. */
    boolean pullable() {
        return lever() && step != null && step.signum() != 0;
    }
}
