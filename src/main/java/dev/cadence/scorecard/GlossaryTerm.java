package dev.cadence.scorecard;

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

/** A word the revenue team must mean the same thing by ("qualified", "committed"), governed like a metric. */
@Entity
@Table(name = "glossary_term")
@Audited
class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String key;

    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String definition;

    private String example;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GovernanceStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected GlossaryTerm() {
    }

    GlossaryTerm(String key, TermSpec spec, GovernanceStatus status) {
        this.key = key;
        this.status = status;
        apply(spec);
    }

    void apply(TermSpec spec) {
        term = spec.term();
        definition = spec.definition();
        example = spec.example();
        updatedAt = Instant.now();
    }

    void moveTo(GovernanceStatus next) {
        status = next;
        updatedAt = Instant.now();
    }

    TermSpec spec() {
        return new TermSpec(term, definition, example);
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
