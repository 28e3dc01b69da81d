package dev.cadence.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Which e-mails Cadence sends a person: the recap of each meeting they take part in, and a daily digest of their action items. */
@Entity
@Table(name = "email_preference")
class EmailPreference {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private boolean recaps = true;

    @Column(nullable = false)
    private boolean digest = true;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EmailPreference() {
    }

    void choose(boolean recaps, boolean digest, Instant at) {
        this.recaps = recaps;
        this.digest = digest;
        this.updatedAt = at;
    }

    Long getPersonId() {
        return personId;
    }

    boolean isRecaps() {
        return recaps;
    }

    boolean isDigest() {
        return digest;
    }

    long getVersion() {
        return version;
    }
}
