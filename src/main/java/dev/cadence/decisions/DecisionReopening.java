package dev.cadence.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A decided decision opened again, with the reason given; each one is counted. */
@Entity
@Table(name = "decision_reopening")
class DecisionReopening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private Long decisionId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "reopened_by", nullable = false, updatable = false)
    private Long reopenedBy;

    @Column(name = "reopened_by_name", nullable = false, updatable = false)
    private String reopenedByName;

    @Column(name = "reopened_at", nullable = false, updatable = false)
    private Instant reopenedAt;

    protected DecisionReopening() {
    }

    DecisionReopening(Long decisionId, String reason, Long reopenedBy, String reopenedByName, Instant reopenedAt) {
        this.decisionId = decisionId;
        this.reason = reason;
        this.reopenedBy = reopenedBy;
        this.reopenedByName = reopenedByName;
        this.reopenedAt = reopenedAt;
    }

    Long getDecisionId() {
        return decisionId;
    }

    String getReason() {
        return reason;
    }

    String getReopenedByName() {
        return reopenedByName;
    }

    Instant getReopenedAt() {
        return reopenedAt;
    }
}
