package dev.cadence.boardpack;

/** A version of a pack: a draft reads its figures live; a final one is frozen and is what the board reads. */
public enum PackStatus {
    DRAFT("Draft"),
    FINAL("Final");

    private final String label;

    PackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
