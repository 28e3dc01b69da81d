package dev.cadence.drivers;

/**
 * How a lever's linked metric stands against the lever's assumption: the tree instrumented weekly. Within
 * {@link #SLIPPING_BAND_PERCENT}% on the wrong side of the assumption is slipping; further is off plan.
 */
public enum LeverStatus {
    ON_PLAN("On plan", "✓", "status-on"),
    SLIPPING("Slipping", "!", "status-risk"),
    OFF_PLAN("Off plan", "✕", "status-off"),
    NO_DATA("No metric value", "–", "status-none");

    static final int SLIPPING_BAND_PERCENT = 5;

    private final String label;
    private final String symbol;
    private final String cssClass;

    LeverStatus(String label, String symbol, String cssClass) {
        this.label = label;
        this.symbol = symbol;
        this.cssClass = cssClass;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    public String cssClass() {
        return cssClass;
    }

    public boolean offAssumption() {
        return this == SLIPPING || this == OFF_PLAN;
    }
}
