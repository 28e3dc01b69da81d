package dev.cadence.scorecard;

/**
 * How a metric's value stands against its target this period: the colour of a scorecard cell.
 *
 * <p>Each status also has a {@linkplain #symbol() symbol} and a {@linkplain #label() label}, so the
 * status reads without colour (for colour-blind readers, printed board packs and screen readers).
 */
public enum MetricStatus {
    ON_TRACK("On track", "✓", "status-on"),
    AT_RISK("At risk", "!", "status-risk"),
    OFF_TRACK("Off track", "✕", "status-off"),
    /** The metric has no target for the period: there is nothing to judge the value against. */
    NO_TARGET("No target", "–", "status-none"),
    /** Nobody has entered a value for the period yet. */
    NO_VALUE("No value", "?", "status-none");

    private final String label;
    private final String symbol;
    private final String cssClass;

    MetricStatus(String label, String symbol, String cssClass) {
        this.label = label;
        this.symbol = symbol;
        this.cssClass = cssClass;
    }

    /** "On track", "At risk", "Off track", "No target", "No value". */
    public String label() {
        return label;
    }

    /** One character that tells the status apart without colour: ✓ ! ✕ – ?. */
    public String symbol() {
        return symbol;
    }

    /** The stylesheet class that colours the cell: {@code status-on}, {@code status-risk}, … */
    public String cssClass() {
        return cssClass;
    }
}
