package dev.cadence.experiments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An experiment as lists, the API, meetings and other features see it, as of a day ({@code daysLeft} counts to its
 * planned end from that day).
 *
 * @param lever            the lever as a form writes it ({@code driver:3:win_rate_mm} or {@code metric:win-rate})
 * @param criterionLabel   "Win rate · Mid-market ≥ 25% on average over 6 weeks"
 * @param daysLeft         days from the day to the planned end while it runs (negative when past it), else {@code null}
 * @param awaitingDecision concluded, and no decision recorded yet
 */
public record ExperimentView(long id, String title, String hypothesis, ExperimentStatus status, long ownerId, String ownerName,
                             String lever, String leverLabel, Long leverTreeId, String leverKey, String leverMetricKey,
                             String primaryMetricKey, String primaryMetricName, String segmentKey, String segmentName, Bound bound,
                             BigDecimal threshold, String thresholdLabel, int windowPeriods, Measure measure, String criterionLabel,
                             String expectedImpact, List<GuardrailView> guardrails,
                             Long decisionAreaId, String decisionAreaName, LocalDate plannedStart, LocalDate plannedEnd,
                             LocalDate startedOn, LocalDate endedOn, String stopReason, Long daysLeft, boolean awaitingDecision,
                             String observedResult, Verdict verdict, String verdictSummary, BigDecimal observedValue,
                             Resolution decision, String decisionRationale, String againstVerdictReason, Long decisionId,
                             LocalDate decidedOn, int amendmentCount, long createdBy, long version) {

    /** A guardrail: "Gross revenue churn · SMB must stay ≤ 2.2%". */
    public record GuardrailView(String metricKey, String metricName, String segmentKey, String segmentName, Bound bound,
                                BigDecimal limit, String label) {
    }

    /** "12 days left", "ends today", "3 days past its planned end": while it runs; else {@code null}. */
    public String timing() {
        if (daysLeft == null) {
            return null;
        }
        if (daysLeft > 0) {
            return daysLeft + (daysLeft == 1 ? " day left" : " days left");
        }
        if (daysLeft == 0) {
            return "ends today";
        }
        return -daysLeft + (daysLeft == -1 ? " day" : " days") + " past its planned end";
    }

    /** Running past its planned end: it is time to conclude it. */
    public boolean pastItsEnd() {
        return daysLeft != null && daysLeft < 0;
    }

    /** "Running", "Awaiting decision", "Scaled", "Retired", "Iterating", "Draft", "Stopped". */
    public String stateLabel() {
        if (awaitingDecision) {
            return "Awaiting decision";
        }
        if (decision != null) {
            return decision.done();
        }
        return status.label();
    }

    /** The badge's class: {@code state-running}, {@code state-awaiting}, {@code state-scale} … */
    public String stateClass() {
        if (awaitingDecision) {
            return "state-awaiting";
        }
        if (decision != null) {
            return "state-" + decision.param();
        }
        return "state-" + status.param();
    }
}
