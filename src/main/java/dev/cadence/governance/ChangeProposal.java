package dev.cadence.governance;

import dev.cadence.history.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A proposal as its subject's page shows it: who, why, what it would change in the subject as it is
 * now, whether the subject changed since it was proposed, and how it was decided. The fragment
 * {@code fragments/proposals :: proposals} renders a list of them.
 */
public record ChangeProposal(long id, long subjectId, String subjectKey, String subjectName, String proposedBy,
                             long proposedById, Instant proposedAt, String rationale, ProposalState state,
                             List<FieldChange> changes, boolean subjectChangedSince, String decidedBy, Instant decidedAt,
                             String decisionComment, long version) {

    public boolean pending() {
        return state == ProposalState.PENDING;
    }

    static ChangeProposal of(Proposal p, Subject subject, Map<Long, String> names) {
        List<FieldChange> changes = subject.reader().changes(subject.fields(), p.appliedTo(subject.fields()));
        return new ChangeProposal(p.getId(), subject.id(), subject.key(), subject.name(), names.get(p.getProposedBy()),
                p.getProposedBy(), p.getProposedAt(), p.getRationale(), p.getState(), changes,
                p.madeBefore(subject.version()), p.getDecidedBy() == null ? null : names.get(p.getDecidedBy()),
                p.getDecidedAt(), p.getDecisionComment(), p.getVersion());
    }
}
