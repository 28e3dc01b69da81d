package dev.cadence.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A word the revenue team must mean the same thing by ("qualified", "committed"), governed like a metric. */
@Entity
@Table(name = "glossary_term")
@Audited
class GlossaryTerm extends GovernedEntity {

    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String definition;

    private String example;

    protected GlossaryTerm() {
    }

    GlossaryTerm(String key, TermSpec spec, GovernanceStatus status) {
        super(key, status);
        apply(spec);
    }

    void apply(TermSpec spec) {
        term = spec.term();
        definition = spec.definition();
        example = spec.example();
        touch();
    }

    TermSpec spec() {
        return new TermSpec(term, definition, example);
    }
}
