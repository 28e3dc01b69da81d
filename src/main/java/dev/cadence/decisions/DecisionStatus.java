package dev.cadence.decisions;

/** Where a decision of the log stands. */
public enum DecisionStatus {
    PROPOSED("Proposed"),
    DECIDED("Decided"),
    REOPENED("Reopened"),
    SUPERSEDED("Superseded");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
