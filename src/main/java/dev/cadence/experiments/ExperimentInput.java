package dev.cadence.experiments;

import dev.cadence.web.TypedNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * An experiment as its author writes it, before it is checked: the form's fields, and what the demo loads.
 *
 * @param lever        {@code driver:<tree id>:<lever key>} or {@code metric:<metric key>}
 * @param threshold    the success criterion's number, as typed for the primary metric's unit
 * @param segmentKey   the segment the criterion is about, or blank for company-wide
 * @param guardrails   blank rows are left out
 */
public record ExperimentInput(String title, String hypothesis, String lever, String primaryMetricKey, String expectedImpact,
                              Bound bound, TypedNumber threshold, String segmentKey, Integer windowPeriods, Measure measure,
                              Long ownerId, Long decisionAreaId, LocalDate plannedStart, LocalDate plannedEnd,
                              List<GuardrailInput> guardrails) {

    /** A guardrail as typed: the metric (and segment) must stay {@code bound} the limit. */
    public record GuardrailInput(String metricKey, String segmentKey, Bound bound, TypedNumber limit) {

        boolean blank() {
            return (metricKey == null || metricKey.isBlank()) && limit == null;
        }
    }
}
