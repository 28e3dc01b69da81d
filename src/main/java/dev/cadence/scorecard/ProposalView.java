package dev.cadence.scorecard;

import dev.cadence.governance.ChangeProposal;
import dev.cadence.governance.ProposalState;
import dev.cadence.history.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * A proposed change to a definition or a glossary term, as the scorecard's pages and callers read it:
 * who, why, and what it would change now. The scorecard's name for a governed {@link ChangeProposal}.
 */
public record ProposalView(long id, String metricKey, String metricName, String proposedBy, long proposedById,
                           Instant proposedAt, String rationale, String state, List<FieldChange> changes,
                           boolean subjectChangedSince, String decidedBy, Instant decidedAt, String decisionComment,
                           long version) {

    static ProposalView of(ChangeProposal p) {
        return new ProposalView(p.id(), p.subjectKey(), p.subjectName(), p.proposedBy(), p.proposedById(), p.proposedAt(),
                p.rationale(), p.state().name(), p.changes(), p.subjectChangedSince(), p.decidedBy(), p.decidedAt(),
                p.decisionComment(), p.version());
    }

    public boolean pending() {
        return state.equals(ProposalState.PENDING.name());
    }
}
