package dev.cadence.meetings;

/** A meeting is prepared, then run live, then closed (read-only from then on). */
public enum MeetingStatus {
    PREP("In preparation"),
    LIVE("Live"),
    CLOSED("Closed");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
