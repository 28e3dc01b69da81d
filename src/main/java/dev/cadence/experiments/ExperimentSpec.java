package dev.cadence.experiments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An experiment as checked, ready to store: the lever is a tree's lever ({@code leverTreeId}, {@code leverKey}) or a
 * scorecard metric ({@code leverMetricKey}); numbers as the scorecard keeps them.
 */
record ExperimentSpec(String title, String hypothesis, Long leverTreeId, String leverKey, String leverMetricKey,
                      String primaryMetricKey, String expectedImpact, Bound bound, BigDecimal threshold, Long segmentId,
                      int windowPeriods, Measure measure, long ownerId, Long decisionAreaId, LocalDate plannedStart,
                      LocalDate plannedEnd, List<GuardrailSpec> guardrails) {

    /** A guardrail: the metric (company-wide or a segment) must stay {@code bound} the limit. */
    record GuardrailSpec(String metricKey, Long segmentId, Bound bound, BigDecimal limit) {

        boolean sameAs(GuardrailSpec other) {
            return metricKey.equals(other.metricKey) && Objects.equals(segmentId, other.segmentId) && bound == other.bound
                    && limit.compareTo(other.limit) == 0;
        }
    }

    /** Whether the guardrails are the same, in the same order (numbers compared by value). */
    static boolean sameGuardrails(List<GuardrailSpec> a, List<GuardrailSpec> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
