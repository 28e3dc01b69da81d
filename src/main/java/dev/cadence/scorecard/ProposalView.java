package dev.cadence.scorecard;

import dev.cadence.history.FieldChange;
import java.time.Instant;
import java.util.List;

/** A proposed change as the definition page shows it: who, why, and what it would change now. */
public record ProposalView(long id, String metricKey, String metricName, String proposedBy, long proposedById,
                           Instant proposedAt, String rationale, String state, List<FieldChange> changes,
                           boolean definitionChangedSince, String decidedBy, Instant decidedAt, String decisionComment,
                           long version) {

    public boolean pending() {
        return state.equals(ProposalState.PENDING.name());
    }
}
