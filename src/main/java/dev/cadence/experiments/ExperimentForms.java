package dev.cadence.experiments;

import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the experiment pages post, one class each. Bean Validation checks the shape (lengths), so that every such
 * error shows at once; the service checks the rules (metrics, segments, the window, the lock).
 */
final class ExperimentForms {

    /** The guardrail rows the form shows: as many as an experiment may have. */
    static final int GUARDRAIL_ROWS = ExperimentService.MAX_GUARDRAILS;

    private ExperimentForms() {
    }

    /** An experiment written or edited; {@code amendmentReason} when a running one's locked criteria change. */
    static class Edit {
        @NotBlank(message = "Name the experiment, e.g. Mid-market Growth bundle at $38K.")
        @Size(max = ExperimentService.TITLE_MAX, message = "Keep the title under 200 characters.")
        private String title;
        @NotBlank(message = "Write the hypothesis: we believe … will … because ….")
        @Size(max = ExperimentService.TEXT_MAX, message = "Keep the hypothesis under 2,000 characters.")
        private String hypothesis;
        @NotBlank(message = "Choose the lever the experiment should move: a value-driver lever or a scorecard metric.")
        private String lever;
        @NotBlank(message = "Choose the primary metric: the scorecard metric that says whether it worked.")
        private String primaryMetricKey;
        @NotBlank(message = "Write the expected impact, e.g. +2 pts mid-market win rate, about +$200K new ARR.")
        @Size(max = ExperimentService.IMPACT_MAX, message = "Keep the expected impact under 1,000 characters.")
        private String expectedImpact;
        private Bound bound = Bound.AT_LEAST;
        @NotNull(message = "Enter the threshold the primary metric must reach.")
        private TypedNumber threshold;
        private String segmentKey;
        @NotNull(message = "Enter how many periods the window reads.")
        @Min(value = 1, message = "The window is at least 1 period.")
        @Max(value = ExperimentService.MAX_WINDOW, message = "The window is at most 52 periods.")
        private Integer windowPeriods;
        private Measure measure = Measure.AVERAGE;
        @NotNull(message = "An experiment has exactly one owner: choose them.")
        private Long ownerId;
        private Long decisionAreaId;
        @NotNull(message = "Enter the planned start.")
        private LocalDate plannedStart;
        @NotNull(message = "Enter the planned end.")
        private LocalDate plannedEnd;
        private List<Row> guardrails = new ArrayList<>();
        @Size(max = ExperimentService.TEXT_MAX, message = "Keep the reason under 2,000 characters.")
        private String amendmentReason;
        private Long version;

        /** An empty form, with its guardrail rows. */
        static Edit empty() {
            Edit f = new Edit();
            f.fillRows();
            return f;
        }

        static Edit from(ExperimentView v) {
            Edit f = new Edit();
            f.title = v.title();
            f.hypothesis = v.hypothesis();
            f.lever = v.lever();
            f.primaryMetricKey = v.primaryMetricKey();
            f.expectedImpact = v.expectedImpact();
            f.bound = v.bound();
            f.threshold = typed(v.threshold());
            f.segmentKey = v.segmentKey();
            f.windowPeriods = v.windowPeriods();
            f.measure = v.measure();
            f.ownerId = v.ownerId();
            f.decisionAreaId = v.decisionAreaId();
            f.plannedStart = v.plannedStart();
            f.plannedEnd = v.plannedEnd();
            for (ExperimentView.GuardrailView g : v.guardrails()) {
                Row r = new Row();
                r.metricKey = g.metricKey();
                r.segmentKey = g.segmentKey();
                r.bound = g.bound();
                r.limit = typed(g.limit());
                f.guardrails.add(r);
            }
            f.fillRows();
            f.version = v.version();
            return f;
        }

        /** Blank rows up to {@link #GUARDRAIL_ROWS}, so that a guardrail can be added in place. */
        void fillRows() {
            while (guardrails.size() < GUARDRAIL_ROWS) {
                guardrails.add(new Row());
            }
        }

        ExperimentInput input() {
            return new ExperimentInput(title, hypothesis, lever, primaryMetricKey, expectedImpact, bound, threshold, segmentKey, windowPeriods,
                    measure, ownerId, decisionAreaId, plannedStart, plannedEnd,
                    guardrails == null ? List.of() : guardrails.stream().map(r -> r == null ? null
                            : new ExperimentInput.GuardrailInput(r.metricKey, r.segmentKey, r.bound, r.limit)).toList());
        }

        private static TypedNumber typed(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal plain = value.stripTrailingZeros();
            return new TypedNumber(plain.scale() < 0 ? plain.setScale(0) : plain);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getHypothesis() { return hypothesis; }
        public void setHypothesis(String hypothesis) { this.hypothesis = hypothesis; }
        public String getLever() { return lever; }
        public void setLever(String lever) { this.lever = lever; }
        public String getPrimaryMetricKey() { return primaryMetricKey; }
        public void setPrimaryMetricKey(String primaryMetricKey) { this.primaryMetricKey = primaryMetricKey; }
        public String getExpectedImpact() { return expectedImpact; }
        public void setExpectedImpact(String expectedImpact) { this.expectedImpact = expectedImpact; }
        public Bound getBound() { return bound; }
        public void setBound(Bound bound) { this.bound = bound; }
        public TypedNumber getThreshold() { return threshold; }
        public void setThreshold(TypedNumber threshold) { this.threshold = threshold; }
        public String getSegmentKey() { return segmentKey; }
        public void setSegmentKey(String segmentKey) { this.segmentKey = segmentKey; }
        public Integer getWindowPeriods() { return windowPeriods; }
        public void setWindowPeriods(Integer windowPeriods) { this.windowPeriods = windowPeriods; }
        public Measure getMeasure() { return measure; }
        public void setMeasure(Measure measure) { this.measure = measure; }
        public Long getOwnerId() { return ownerId; }
        public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
        public Long getDecisionAreaId() { return decisionAreaId; }
        public void setDecisionAreaId(Long decisionAreaId) { this.decisionAreaId = decisionAreaId; }
        public LocalDate getPlannedStart() { return plannedStart; }
        public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
        public LocalDate getPlannedEnd() { return plannedEnd; }
        public void setPlannedEnd(LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
        public List<Row> getGuardrails() { return guardrails; }
        public void setGuardrails(List<Row> guardrails) { this.guardrails = guardrails; }
        public String getAmendmentReason() { return amendmentReason; }
        public void setAmendmentReason(String amendmentReason) { this.amendmentReason = amendmentReason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** A guardrail row: a metric (and segment) that must stay on one side of a limit. */
    public static class Row {
        private String metricKey;
        private String segmentKey;
        private Bound bound = Bound.AT_LEAST;
        private TypedNumber limit;

        public String getMetricKey() { return metricKey; }
        public void setMetricKey(String metricKey) { this.metricKey = metricKey; }
        public String getSegmentKey() { return segmentKey; }
        public void setSegmentKey(String segmentKey) { this.segmentKey = segmentKey; }
        public Bound getBound() { return bound; }
        public void setBound(Bound bound) { this.bound = bound; }
        public TypedNumber getLimit() { return limit; }
        public void setLimit(TypedNumber limit) { this.limit = limit; }
    }

    /** Stopping a draft or a running experiment. */
    static class Stop {
        @Size(max = ExperimentService.TEXT_MAX, message = "Keep the reason under 2,000 characters.")
        private String stopReason;
        private long version;

        public String getStopReason() { return stopReason; }
        public void setStopReason(String stopReason) { this.stopReason = stopReason; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** Concluding a running experiment with what was observed. */
    static class Conclude {
        @Size(max = ExperimentService.RESULT_MAX, message = "Keep the observed result under 4,000 characters.")
        private String observedResult;
        private long version;

        public String getObservedResult() { return observedResult; }
        public void setObservedResult(String observedResult) { this.observedResult = observedResult; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** The decision on a concluded experiment, for the decision log. */
    static class Decide {
        private Resolution resolution;
        @Size(max = ExperimentService.RESULT_MAX, message = "Keep the rationale under 4,000 characters.")
        private String rationale;
        @Size(max = ExperimentService.TEXT_MAX, message = "Keep the reason under 2,000 characters.")
        private String againstVerdictReason;
        private Long deciderId;
        private Long areaId;
        @Size(max = ExperimentService.TEXT_MAX, message = "Keep the reason under 2,000 characters.")
        private String overrideReason;
        @Size(max = ExperimentService.RESULT_MAX, message = "Keep the message under 4,000 characters.")
        private String message;
        /** The meeting it is taken in (opened from the GTM council), or null. */
        private Long meetingId;
        private long version;

        DecisionInput input() {
            return new DecisionInput(resolution, rationale, againstVerdictReason, deciderId, areaId, overrideReason, message, meetingId, null);
        }

        public Long getMeetingId() { return meetingId; }
        public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }

        public Resolution getResolution() { return resolution; }
        public void setResolution(Resolution resolution) { this.resolution = resolution; }
        public String getRationale() { return rationale; }
        public void setRationale(String rationale) { this.rationale = rationale; }
        public String getAgainstVerdictReason() { return againstVerdictReason; }
        public void setAgainstVerdictReason(String againstVerdictReason) { this.againstVerdictReason = againstVerdictReason; }
        public Long getDeciderId() { return deciderId; }
        public void setDeciderId(Long deciderId) { this.deciderId = deciderId; }
        public Long getAreaId() { return areaId; }
        public void setAreaId(Long areaId) { this.areaId = areaId; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
        public String getMessage() { return message; }
        public void setMessage(String message) { this.message = message; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }
}
