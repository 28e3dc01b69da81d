package dev.cadence.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One scorecard cell: a metric's value in one period (or its absence), judged against the target
 * that applied. {@code status} was judged against {@code targetValue} ({@code target} is the same, formatted),
 * whoever shows the cell: there is no other target beside a status. {@code version} is null when no
 * value was entered yet.
 */
public record CellView(String metricKey, String periodKey, String periodLabel, String periodLongLabel, String segmentKey,
                       BigDecimal value, String formatted, MetricStatus status, String narrative, BigDecimal targetValue,
                       String target, String enteredBy, Instant enteredAt, Long version, boolean current, boolean canEnter) {

    /** The accessible description of the cell: never colour alone. */
    public String description() {
        StringBuilder text = new StringBuilder(periodLongLabel).append(": ");
        text.append(value == null ? "no value" : formatted).append(", ").append(status.label().toLowerCase());
        if (target != null) {
            text.append(" against a target of ").append(target);
        }
        if (narrative != null && !narrative.isBlank()) {
            text.append(". ").append(narrative);
        }
        return text.toString();
    }
}
