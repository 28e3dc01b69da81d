package dev.cadence.drivers;

import java.math.BigDecimal;

/** A node's fields but its key, as the structure's editors set them; values as formulas see them. */
record NodeSpec(String name, NodeKind kind, DriverUnit unit, String formula, Long ownerId, Long segmentId, String metricKey,
                BigDecimal baseline, BigDecimal assumption, BigDecimal step, boolean stepRelative, String evidence,
                int position) {
}
