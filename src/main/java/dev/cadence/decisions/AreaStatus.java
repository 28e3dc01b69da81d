package dev.cadence.decisions;

/** Where an area of the map stands: being drafted, agreed by the team, or locked against re-litigation. */
public enum AreaStatus {
    DRAFT("Draft"),
    AGREED("Agreed"),
    LOCKED("Locked");

    private final String label;

    AreaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
