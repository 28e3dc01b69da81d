package dev.cadence.experiments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A change to an experiment's locked criteria or guardrails after it started, with its reason and what it changed
 * ("Threshold: ≥ 24% → ≥ 23%"). Kept (and audited, so the history shows the reason beside the change); never edited.
 */
@Entity
@Table(name = "experiment_amendment")
@Audited
class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false, updatable = false)
    private long experimentId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String changes;

    @Column(name = "amended_by", nullable = false, updatable = false)
    private long amendedBy;

    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant amendedAt;

    protected Amendment() {
    }

    Amendment(long experimentId, String reason, String changes, long amendedBy, Instant amendedAt) {
        this.experimentId = experimentId;
        this.reason = reason;
        this.changes = changes;
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
    }

    Long getId() {
        return id;
    }

    long getExperimentId() {
        return experimentId;
    }

    String getReason() {
        return reason;
    }

    String getChanges() {
        return changes;
    }

    long getAmendedBy() {
        return amendedBy;
    }

    Instant getAmendedAt() {
        return amendedAt;
    }
}
