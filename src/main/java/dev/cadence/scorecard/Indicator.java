package dev.cadence.scorecard;

/** Whether a metric predicts outcomes (leading) or reports them (lagging). */
public enum Indicator {
    LEADING("Leading"),
    LAGGING("Lagging");

    private final String label;

    Indicator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
