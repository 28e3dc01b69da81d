package dev.cadence.drivers;

/** A node is a value someone sets (a lever) or a formula over other nodes. */
public enum NodeKind {
    LEVER("Input lever"),
    COMPUTED("Computed");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
