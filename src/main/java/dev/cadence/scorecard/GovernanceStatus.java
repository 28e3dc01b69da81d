package dev.cadence.scorecard;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a metric definition is in its life: drafted, proposed for the scorecard, approved (on the
 * scorecard), retired (kept with its history, off the scorecard).
 */
public enum GovernanceStatus {
    DRAFT("Draft"),
    PROPOSED("Proposed"),
    APPROVED("Approved"),
    RETIRED("Retired");

    private final String label;

    GovernanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a definition may move to from this one. */
    public Set<GovernanceStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PROPOSED, APPROVED);
            case PROPOSED -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(RETIRED);
            case RETIRED -> EnumSet.of(DRAFT);
        };
    }
}
