package dev.cadence.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One decision of the log: what was decided, the context and options, each side's position in the
 * other side's words, who decided, why, and the one message the org hears.
 */
@Entity
@Table(name = "decision")
@Audited
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    private String context;

    private String options;

    private String positions;

    /** What was decided ("decision" would clash with the table's name in reading). */
    private String outcome;

    private String rationale;

    @Column(name = "decider_id", nullable = false)
    private Long deciderId;

    /** The decider's name when recorded, so that lists and history read well in one query, forever. */
    @Column(name = "decider_name", nullable = false)
    private String deciderName;

    @Column(name = "area_id")
    private Long areaId;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "meeting_label")
    private String meetingLabel;

    private String message;

    @Column(name = "override_reason")
    private String overrideReason;

    /** The page of the feature that recorded it (an experiment, a charter version), set once when recorded. */
    @Column(name = "origin_url", updatable = false)
    private String originUrl;

    @Column(name = "origin_label", updatable = false)
    private String originLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionStatus status;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Decision() {
    }

    Decision(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = DecisionStatus.PROPOSED;
    }

    void write(DecisionDraft d, String deciderName) {
        this.deciderName = deciderName;
        this.title = d.title();
        this.context = d.context();
        this.options = d.options();
        this.positions = d.positions();
        this.outcome = d.decision();
        this.rationale = d.rationale();
        this.deciderId = d.deciderId();
        this.areaId = d.areaId();
        this.decidedOn = d.decidedOn();
        this.meetingId = d.meetingId();
        this.meetingLabel = d.meetingLabel();
        this.message = d.message();
        this.overrideReason = d.overrideReason();
    }

    /** Where it came from; only when recorded, never changed by an edit (which writes a draft without it). */
    void cameFrom(DecisionOrigin origin) {
        this.originUrl = origin.url();
        this.originLabel = origin.label();
    }

    DecisionDraft draft() {
        return new DecisionDraft(title, context, options, positions, outcome, rationale, deciderId, areaId, decidedOn,
                meetingId, meetingLabel, message, overrideReason);
    }

    void moveTo(DecisionStatus status) {
        this.status = status;
    }

    void reopen() {
        this.status = DecisionStatus.REOPENED;
        this.reopenCount++;
    }

    void supersededBy(long newer) {
        this.status = DecisionStatus.SUPERSEDED;
        this.supersededById = newer;
    }

    void supersedes(long older) {
        this.supersedesId = older;
    }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getContext() {
        return context;
    }

    String getOptions() {
        return options;
    }

    String getPositions() {
        return positions;
    }

    String getOutcome() {
        return outcome;
    }

    String getRationale() {
        return rationale;
    }

    Long getDeciderId() {
        return deciderId;
    }

    String getDeciderName() {
        return deciderName;
    }

    Long getAreaId() {
        return areaId;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    Long getMeetingId() {
        return meetingId;
    }

    String getMeetingLabel() {
        return meetingLabel;
    }

    String getMessage() {
        return message;
    }

    String getOverrideReason() {
        return overrideReason;
    }

    String getOriginUrl() {
        return originUrl;
    }

    String getOriginLabel() {
        return originLabel;
    }

    DecisionStatus getStatus() {
        return status;
    }

    Long getSupersedesId() {
        return supersedesId;
    }

    Long getSupersededById() {
        return supersededById;
    }

    int getReopenCount() {
        return reopenCount;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
