package dev.cadence.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * What every governed subject's row holds besides its own fields: a key that never changes, its
 * governance status, when it last changed and the version an edit is checked against.
 */
@MappedSuperclass
@Audited
abstract class GovernedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GovernanceStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected GovernedEntity() {
    }

    GovernedEntity(String key, GovernanceStatus status) {
        this.key = key;
        this.status = status;
    }

    void moveTo(GovernanceStatus next) {
        status = next;
        touch();
    }

    /** Marks a change of the subject's own fields. */
    void touch() {
        updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    GovernanceStatus getStatus() {
        return status;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
