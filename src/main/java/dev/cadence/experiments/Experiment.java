package dev.cadence.experiments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * An experiment of the log. Everything may change while it is a draft; once it runs, its success criterion, window,
 * segment, primary metric and planned end are locked ({@link #criteriaDiffer}) and change only by {@link #amend}. It
 * ends concluded (with the scorecard's verdict and the observed result) or stopped; a concluded one is decided once.
 */
@Entity
@Table(name = "experiment")
@Audited
class Experiment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String hypothesis;

    @Column(name = "lever_tree_id")
    private Long leverTreeId;

    @Column(name = "lever_key")
    private String leverKey;

    @Column(name = "lever_metric_key")
    private String leverMetricKey;

    @Column(name = "primary_metric_key", nullable = false)
    private String primaryMetricKey;

    @Column(name = "expected_impact", nullable = false)
    private String expectedImpact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bound comparator;

    @Column(nullable = false)
    private BigDecimal threshold;

    @Column(name = "segment_id")
    private Long segmentId;

    @Column(name = "window_periods", nullable = false)
    private int windowPeriods;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "decision_area_id")
    private Long decisionAreaId;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExperimentStatus status;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "stop_reason")
    private String stopReason;

    @Column(name = "observed_result")
    private String observedResult;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Column(name = "verdict_summary")
    private String verdictSummary;

    @Column(name = "observed_value")
    private BigDecimal observedValue;

    @Enumerated(EnumType.STRING)
    private Resolution decision;

    @Column(name = "decision_rationale")
    private String decisionRationale;

    @Column(name = "against_verdict_reason")
    private String againstVerdictReason;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "amendment_count", nullable = false)
    private int amendmentCount;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Experiment() {
    }

    Experiment(ExperimentSpec spec, long createdBy, Instant at) {
        this.status = ExperimentStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = at;
        describe(spec, at);
    }

    /** A draft: everything as written. */
    void describe(ExperimentSpec spec, Instant at) {
        describeUnlocked(spec, at);
        this.plannedStart = spec.plannedStart();
        applyCriteria(spec);
    }

    /** What may change while it runs without an amendment: the words, the lever, the owner, who decides. */
    void describeUnlocked(ExperimentSpec spec, Instant at) {
        this.title = spec.title();
        this.hypothesis = spec.hypothesis();
        this.leverTreeId = spec.leverTreeId();
        this.leverKey = spec.leverKey();
        this.leverMetricKey = spec.leverMetricKey();
        this.expectedImpact = spec.expectedImpact();
        this.ownerId = spec.ownerId();
        this.decisionAreaId = spec.decisionAreaId();
        this.updatedAt = at;
    }

    /** Whether the spec changes what locked at the start (the guardrails are compared apart). */
    boolean criteriaDiffer(ExperimentSpec spec) {
        return !primaryMetricKey.equals(spec.primaryMetricKey()) || comparator != spec.bound()
                || threshold.compareTo(spec.threshold()) != 0 || !Objects.equals(segmentId, spec.segmentId())
                || windowPeriods != spec.windowPeriods() || measure != spec.measure() || !plannedEnd.equals(spec.plannedEnd());
    }

    /** A change to the locked criteria while it runs; the reason is kept apart (an {@link Amendment}). */
    void amend(ExperimentSpec spec, Instant at) {
        describeUnlocked(spec, at);
        applyCriteria(spec);
        this.amendmentCount++;
    }

    private void applyCriteria(ExperimentSpec spec) {
        this.primaryMetricKey = spec.primaryMetricKey();
        this.comparator = spec.bound();
        this.threshold = spec.threshold();
        this.segmentId = spec.segmentId();
        this.windowPeriods = spec.windowPeriods();
        this.measure = spec.measure();
        this.plannedEnd = spec.plannedEnd();
    }

    /** Marks a change of the guardrails alone, so that the experiment's version moves with them. */
    void touch(Instant at) {
        this.updatedAt = at;
    }

    void start(LocalDate on, Instant at) {
        this.status = ExperimentStatus.RUNNING;
        this.startedOn = on;
        this.updatedAt = at;
    }

    void stop(String reason, LocalDate on, Instant at) {
        this.status = ExperimentStatus.STOPPED;
        this.stopReason = reason;
        this.endedOn = on;
        this.updatedAt = at;
    }

    void conclude(String observedResult, LocalDate on, Verdict verdict, String summary, BigDecimal observedValue, Instant at) {
        this.status = ExperimentStatus.CONCLUDED;
        this.observedResult = observedResult;
        this.endedOn = on;
        read(verdict, summary, observedValue);
        this.updatedAt = at;
    }

    /** The scorecard's reading, again (values may have been entered or corrected since it concluded). */
    void read(Verdict verdict, String summary, BigDecimal observedValue) {
        this.verdict = verdict;
        this.verdictSummary = summary;
        this.observedValue = observedValue;
    }

    void decide(Resolution resolution, String rationale, String againstVerdictReason, long decisionId, LocalDate on, Instant at) {
        this.decision = resolution;
        this.decisionRationale = rationale;
        this.againstVerdictReason = againstVerdictReason;
        this.decisionId = decisionId;
        this.decidedOn = on;
        this.updatedAt = at;
    }

    /** The day its window ends: the planned end, or the day it ended when that came first. */
    LocalDate windowEnd() {
        return endedOn != null && endedOn.isBefore(plannedEnd) ? endedOn : plannedEnd;
    }

    /** The day the run began: its start, or the planned one while a draft. */
    LocalDate runStart() {
        return startedOn != null ? startedOn : plannedStart;
    }

    boolean awaitingDecision() {
        return status == ExperimentStatus.CONCLUDED && decision == null;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getHypothesis() {
        return hypothesis;
    }

    Long getLeverTreeId() {
        return leverTreeId;
    }

    String getLeverKey() {
        return leverKey;
    }

    String getLeverMetricKey() {
        return leverMetricKey;
    }

    String getPrimaryMetricKey() {
        return primaryMetricKey;
    }

    String getExpectedImpact() {
        return expectedImpact;
    }

    Bound getBound() {
        return comparator;
    }

    BigDecimal getThreshold() {
        return threshold;
    }

    Long getSegmentId() {
        return segmentId;
    }

    int getWindowPeriods() {
        return windowPeriods;
    }

    Measure getMeasure() {
        return measure;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getDecisionAreaId() {
        return decisionAreaId;
    }

    LocalDate getPlannedStart() {
        return plannedStart;
    }

    LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    ExperimentStatus getStatus() {
        return status;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getStopReason() {
        return stopReason;
    }

    String getObservedResult() {
        return observedResult;
    }

    Verdict getVerdict() {
        return verdict;
    }

    String getVerdictSummary() {
        return verdictSummary;
    }

    BigDecimal getObservedValue() {
        return observedValue;
    }

    Resolution getDecision() {
        return decision;
    }

    String getDecisionRationale() {
        return decisionRationale;
    }

    String getAgainstVerdictReason() {
        return againstVerdictReason;
    }

    Long getDecisionId() {
        return decisionId;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    int getAmendmentCount() {
        return amendmentCount;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
