package dev.cadence.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The charter itself: which of its versions everyone reads. A change locks this row, checks that it was made on the
 * current number and moves it on, so two changes made on the same version are one change and one stale refusal.
 */
@Entity
@Table(name = "charter")
class Charter {

    /** The company's one charter (V23). */
    static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Charter() {
    }

    /** The version just approved becomes the one everyone reads. */
    void advanceTo(int number, Instant at) {
        if (number != currentNumber + 1) {
            throw new IllegalStateException("Version " + number + " does not follow version " + currentNumber + ".");
        }
        currentNumber = number;
        updatedAt = at;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    int getCurrentNumber() {
        return currentNumber;
    }
}
