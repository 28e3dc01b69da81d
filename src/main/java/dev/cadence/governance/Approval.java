package dev.cadence.governance;

import java.util.Map;

/**
 * A proposal just approved: its feature applies {@link #appliedTo} to the subject, as the subject is
 * now, in the same transaction (a refusal then rolls the approval back too).
 *
 * @param changes    the proposed fields, by name
 * @param proposalId the proposal approved
 * @param proposedBy who proposed it (a person's id)
 * @param rationale  why they proposed it
 */
public record Approval(long subjectId, Map<String, String> changes, long proposalId, long proposedBy, String rationale) {

    /** The subject's fields with the approved changes on top. */
    public Map<String, String> appliedTo(Map<String, String> current) {
        return Proposal.overlay(current, changes);
    }
}
