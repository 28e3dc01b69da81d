package dev.cadence.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A locked area opened again, with the reason given; each one counts as a re-litigation. */
@Entity
@Table(name = "decision_area_reopening")
class AreaReopening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "area_id", nullable = false, updatable = false)
    private Long areaId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "reopened_by", nullable = false, updatable = false)
    private Long reopenedBy;

    @Column(name = "reopened_by_name", nullable = false, updatable = false)
    private String reopenedByName;

    @Column(name = "reopened_at", nullable = false, updatable = false)
    private Instant reopenedAt;

    protected AreaReopening() {
    }

    AreaReopening(Long areaId, String reason, Long reopenedBy, String reopenedByName, Instant reopenedAt) {
        this.areaId = areaId;
        this.reason = reason;
        this.reopenedBy = reopenedBy;
        this.reopenedByName = reopenedByName;
        this.reopenedAt = reopenedAt;
    }

    Long getAreaId() {
        return areaId;
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
