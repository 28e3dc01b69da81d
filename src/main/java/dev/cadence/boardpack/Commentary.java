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

/** A section's commentary in one version of a pack; every earlier wording stays in its history. */
@Entity
@Table(name = "board_pack_commentary")
@Audited
class Commentary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pack_id", nullable = false)
    private long packId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PackSection section;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_by", nullable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected Commentary() {
    }

    Commentary(long packId, PackSection section, String body, long by, Instant at) {
        this.packId = packId;
        this.section = section;
        write(body, by, at);
    }

    void write(String body, long by, Instant at) {
        this.body = body;
        this.writtenBy = by;
        this.writtenAt = at;
    }

    Long getId() {
        return id;
    }

    long getPackId() {
        return packId;
    }

    PackSection getSection() {
        return section;
    }

    String getBody() {
        return body;
    }

    long getWrittenBy() {
        return writtenBy;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

    long getVersion() {
        return version;
    }
}
