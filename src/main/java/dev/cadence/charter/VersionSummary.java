package dev.cadence.charter;

import java.time.Instant;

/**
 * One version of the charter as its history lists it.
 *
 * @param summary    what changed and why: the CEO's note, or the reason given with the proposal
 * @param authorName who wrote the change: the CEO, or the proposer
 * @param proposalId the proposal it came from, or {@code null} for the CEO's own edit
 * @param decisionId the decision in the log that approved it, or {@code null} (the CEO's own edit)
 */
public record VersionSummary(int number, String summary, String authorName, String approvedByName, Instant approvedAt,
                             Long proposalId, Long decisionId) {

    public boolean proposed() {
        return proposalId != null;
    }
}
