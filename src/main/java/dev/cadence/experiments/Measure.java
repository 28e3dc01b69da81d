package dev.cadence.experiments;

/**
 * How a success criterion reads the primary metric's values over the window: their average, every one of them
 * (the worst counts), or the newest one.
 */
public enum Measure {
    AVERAGE("on average over"),
    EVERY("in every period of"),
    LAST("in the last period with a value of");

    private final String words;

    Measure(String words) {
        this.words = words;
    }

    /** "on average over" (6 weeks). */
    public String words() {
        return words;
    }

    public String label() {
        return switch (this) {
            case AVERAGE -> "Average over the window";
            case EVERY -> "Every period of the window";
            case LAST -> "The window's newest value";
        };
    }
}
