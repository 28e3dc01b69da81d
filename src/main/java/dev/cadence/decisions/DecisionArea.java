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
import org.hibernate.envers.Audited;

/**
 * A recurring decision ("Pricing and discount approval") whose rights the map assigns. Its version
 * moves with every change of one of its cells too, so that the area is what two editors conflict on.
 */
@Entity
@Table(name = "decision_area")
@Audited
class DecisionArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AreaStatus status = AreaStatus.DRAFT;

    @Column(name = "display_order", nullable = false)
    private int displayOrder = 100;

    @Column(name = "locked_by")
    private Long lockedBy;

    @Column(name = "locked_by_name")
    private String lockedByName;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DecisionArea() {
    }

    DecisionArea(String name, String description, int displayOrder) {
        this.name = name;
        this.description = description;
        this.displayOrder = displayOrder;
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void agree() {
        this.status = AreaStatus.AGREED;
        this.lockedBy = null;
        this.lockedByName = null;
        this.lockedAt = null;
    }

    void lock(long personId, String personName, Instant at) {
        this.status = AreaStatus.LOCKED;
        this.lockedBy = personId;
        this.lockedByName = personName;
        this.lockedAt = at;
    }

    /** Back to agreed and editable; counted, because re-litigating is the first red flag of misalignment. */
    void reopen() {
        agree();
        this.reopenCount++;
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

    AreaStatus getStatus() {
        return status;
    }

    int getDisplayOrder() {
        return displayOrder;
    }

    Long getLockedBy() {
        return lockedBy;
    }

    String getLockedByName() {
        return lockedByName;
    }

    Instant getLockedAt() {
        return lockedAt;
    }

    int getReopenCount() {
        return reopenCount;
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
