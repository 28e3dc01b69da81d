package dev.cadence.drivers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A value-driver tree: its outcome node (by key), the outcome's target and the date it is due. */
@Entity
@Table(name = "driver_tree")
@Audited
class DriverTree {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "outcome_key", nullable = false)
    private String outcomeKey;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DriverTree() {
    }

    DriverTree(String name, String description, String outcomeKey, BigDecimal target, LocalDate targetDate, Instant at) {
        this.outcomeKey = outcomeKey;
        describe(name, description, target, targetDate, at);
    }

    void describe(String name, String description, BigDecimal target, LocalDate targetDate, Instant at) {
        this.name = name;
        this.description = description;
        this.target = target;
        this.targetDate = targetDate;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getOutcomeKey() {
        return outcomeKey;
    }

    BigDecimal getTarget() {
        return target;
    }

    LocalDate getTargetDate() {
        return targetDate;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
