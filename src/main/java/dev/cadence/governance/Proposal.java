package dev.cadence.governance;

import dev.cadence.web.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * A change to a governed subject proposed by someone who may not edit it. It holds only the fields it
 * changes, as text by name (an empty proposed value leaves the field as it is), and the version of the
 * subject it was made on. Pending until it is approved, rejected (with a comment) or withdrawn (by its
 * proposer); a decided proposal is never decided again.
 */
@Entity
@Table(name = "proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "base_version", nullable = false, updatable = false)
    private long baseVersion;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private long proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(nullable = false, updatable = false)
    private String rationale;

    @ElementCollection
    @CollectionTable(name = "proposal_change", joinColumns = @JoinColumn(name = "proposal_id"))
    @MapKeyColumn(name = "field")
    @Column(name = "value", nullable = false)
    private Map<String, String> changes = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Version
    private long version;

    protected Proposal() {
    }

    /** Keeps only what {@code proposed} sets differently from the subject's {@code current} fields. */
    Proposal(String subjectType, long subjectId, long baseVersion, long proposedBy, Instant at, String rationale,
             Map<String, String> current, Map<String, String> proposed) {
        this.proposedAt = at;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.baseVersion = baseVersion;
        this.proposedBy = proposedBy;
        this.rationale = rationale;
        proposed.forEach((field, value) -> {
            if (value != null && !value.equals(current.get(field))) {
                changes.put(field, value);
            }
        });
    }

    boolean changesNothing() {
        return changes.isEmpty();
    }

    /** The subject's fields as they would read with this proposal applied on top of {@code current}. */
    Map<String, String> appliedTo(Map<String, String> current) {
        return overlay(current, changes);
    }

    static Map<String, String> overlay(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> result = new LinkedHashMap<>(current);
        result.putAll(changes);
        return result;
    }

    /** Pending, and made on another version of the subject than {@code currentVersion}: the subject changed since. */
    boolean madeBefore(long currentVersion) {
        return state == ProposalState.PENDING && currentVersion != baseVersion;
    }

    Approval approve(long by, Instant at, String comment) {
        decide(ProposalState.APPROVED, by, at, comment);
        return new Approval(subjectId, Map.copyOf(changes), id == null ? 0 : id, proposedBy, rationale);
    }

    void reject(long by, Instant at, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("comment", "Say why the proposal is rejected; the proposer reads it.");
        }
        decide(ProposalState.REJECTED, by, at, comment.trim());
    }

    void withdraw(long by, Instant at) {
        if (by != proposedBy) {
            throw new AccessDeniedException("Only the proposer withdraws a proposal.");
        }
        decide(ProposalState.WITHDRAWN, by, at, null);
    }

    private void decide(ProposalState outcome, long by, Instant at, String comment) {
        if (state.decided()) {
            throw new IllegalStateException("Proposal " + id + " was " + state + " already.");
        }
        state = outcome;
        decidedBy = by;
        decidedAt = at;
        decisionComment = comment;
    }

    Long getId() {
        return id;
    }

    String getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    long getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getRationale() {
        return rationale;
    }

    Map<String, String> getChanges() {
        return Map.copyOf(changes);
    }

    ProposalState getState() {
        return state;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    long getVersion() {
        return version;
    }
}
