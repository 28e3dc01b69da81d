package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A locked area or a decided decision opened again, with the reason given: who, when, why. Each one
 * counts as a re-litigation. Written once, never changed; pages read it as it is.
 */
@Entity
@Table(name = "reopening")
public class Reopening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The area reopened, or null when a decision was. */
    @Column(name = "area_id", updatable = false)
    private Long areaId;

    /** The decision reopened, or null when an area was. */
    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "reopened_by", nullable = false, updatable = false)
    private Long reopenedBy;

    @Column(name = "reopened_by_name", nullable = false, updatable = false)
    private String reopenedByName;

    @Column(name = "reopened_at", nullable = false, updatable = false)
    private Instant reopenedAt;

    protected Reopening() {
    }

    private Reopening(Long areaId, Long decisionId, String reason, CadenceUser by, Instant at) {
        this.areaId = areaId;
        this.decisionId = decisionId;
        this.reason = reason;
        this.reopenedBy = by.personId();
        this.reopenedByName = by.displayName();
        this.reopenedAt = at;
    }

    static Reopening ofArea(long areaId, String reason, CadenceUser by, Instant at) {
        return new Reopening(areaId, null, reason, by, at);
    }

    static Reopening ofDecision(long decisionId, String reason, CadenceUser by, Instant at) {
        return new Reopening(null, decisionId, reason, by, at);
    }

    /** Who reopened it, by name. */
    public String by() {
        return reopenedByName;
    }

    public Instant at() {
        return reopenedAt;
    }

    public String reason() {
        return reason;
    }
}
