package dev.cadence.boardpack;

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
 * One version of a quarter's pack. Its version moves with every change of the pack, its commentary included, so that
 * whoever finalizes it has seen what they freeze.
 */
@Entity
@Table(name = "board_pack")
@Audited
class BoardPack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quarter_key", nullable = false)
    private String quarterKey;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PackStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Paper paper;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "finalized_by")
    private Long finalizedBy;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "edit_count", nullable = false)
    private int editCount;

    @Version
    private long version;

    protected BoardPack() {
    }

    BoardPack(String quarterKey, int number, Paper paper, long by, Instant at) {
        this.quarterKey = quarterKey;
        this.number = number;
        this.status = PackStatus.DRAFT;
        this.paper = paper;
        this.createdBy = by;
        this.createdAt = at;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** A change of the pack (its commentary, its paper): the version moves, so a finalize seen before it is refused. */
    void touch(long by, Instant at) {
        this.editCount++;
        this.changedBy = by;
        this.changedAt = at;
    }

    void choosePaper(Paper paper, long by, Instant at) {
        this.paper = paper;
        touch(by, at);
    }

    void finalizeBy(long by, Instant at) {
        this.status = PackStatus.FINAL;
        this.finalizedBy = by;
        this.finalizedAt = at;
        touch(by, at);
    }

    Long getId() {
        return id;
    }

    String getQuarterKey() {
        return quarterKey;
    }

    int getNumber() {
        return number;
    }

    PackStatus getStatus() {
        return status;
    }

    boolean isFinal() {
        return status == PackStatus.FINAL;
    }

    Paper getPaper() {
        return paper;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    Long getFinalizedBy() {
        return finalizedBy;
    }

    Instant getFinalizedAt() {
        return finalizedAt;
    }

    int getEditCount() {
        return editCount;
    }

    long getVersion() {
        return version;
    }
}
