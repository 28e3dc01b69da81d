package dev.cadence.meetings;

/** Whether a series still prepares meetings: a paused one does again once resumed, an ended one never. */
public enum SeriesStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    ENDED("Ended");

    private final String label;

    SeriesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
