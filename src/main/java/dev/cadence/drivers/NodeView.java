package dev.cadence.drivers;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node as pages and the API show it, at the plan (or at the what-if being tried): values as formulas see
 * them, and as they read. The same for every viewer (what a viewer may do with it is the page's).
 *
 * @param value         the node's value at the assumptions (or the what-if)
 * @param baselineValue the node's value with every lever at its baseline
 * @param planValue     the node's value at the plan (equals {@code value} when no what-if is tried)
 * @param uses          the keys its formula uses, in the tree's order
 */
public record NodeView(long id, String key, String name, NodeKind kind, DriverUnit unit, String formula, Long ownerId,
                       String ownerName, String segmentKey, String segmentName, String metricKey, String metricName,
                       BigDecimal baseline, BigDecimal assumption, String evidence, BigDecimal step, boolean stepRelative,
                       String stepLabel, BigDecimal value, BigDecimal baselineValue, BigDecimal planValue, String metricValue,
                       String metricPeriod, LeverStatus status, List<String> uses, int position, long version) {

    public boolean lever() {
        return kind == NodeKind.LEVER;
    }

    public String valueLabel() {
        return unit.format(value);
    }

    public String baselineValueLabel() {
        return unit.format(baselineValue);
    }

    public String planValueLabel() {
        return unit.format(planValue);
    }

    /** The what-if moved this node away from the plan. */
    public boolean moved() {
        return value != null && planValue != null && value.compareTo(planValue) != 0;
    }

    /** The number as typed back into a what-if field. */
    public String typedValue() {
        return unit.typedBack(value);
    }

    public String assumptionLabel() {
        return unit.format(assumption);
    }

    public String baselineLabel() {
        return unit.format(baseline);
    }

    /** "Win rate (Enterprise)": the segment is in the name already in most trees; shown when it is not. */
    public String ownerInitials() {
        if (ownerName == null || ownerName.isBlank()) {
            return "";
        }
        String[] parts = ownerName.trim().split("\\s+");
        return (parts[0].substring(0, 1) + (parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "")).toUpperCase();
    }
}
