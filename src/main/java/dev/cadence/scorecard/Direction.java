package dev.cadence.scorecard;

/**
 * Which way a metric should move: win rate and net revenue retention should go up, sales cycle
 * length and customer acquisition cost down. It decides whether beating the target means above it
 * or below it.
 */
public enum Direction {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
