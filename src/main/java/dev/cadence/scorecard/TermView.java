package dev.cadence.scorecard;

import java.time.Instant;

/** A glossary term as pages and other features read it. */
public record TermView(long id, String key, String term, String definition, String example, GovernanceStatus status,
                       Instant updatedAt, long version) implements GovernedView {

    @Override
    public String title() {
        return term;
    }

    static TermView of(GlossaryTerm t) {
        TermSpec s = t.spec();
        return new TermView(t.getId(), t.getKey(), s.term(), s.definition(), s.example(), t.getStatus(), t.getUpdatedAt(),
                t.getVersion());
    }
}
