package dev.cadence.period;

/**
 * How often a number is looked at: every week (the 1:1 and the forecast review), every month (the
 * GTM council) or every fiscal quarter (the board).
 */
public enum Cadence {
    WEEKLY("Weekly", "week"),
    MONTHLY("Monthly", "month"),
    QUARTERLY("Quarterly", "quarter");

    private final String label;
    private final String unit;

    Cadence(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** "Weekly", "Monthly", "Quarterly". */
    public String label() {
        return label;
    }

    /** One period of this cadence in a sentence: "week", "month", "quarter". */
    public String unit() {
        return unit;
    }
}
