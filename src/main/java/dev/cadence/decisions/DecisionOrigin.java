package dev.cadence.decisions;

/**
 * Where a decision recorded by another feature came from, so that the decision links back to it: an experiment
 * ({@code /experiments/12}, "Experiment “Growth bundle”"), a charter version ({@code /charter/compare?from=2&to=3}).
 *
 * @param url   a path within Cadence, starting with a single {@code /}
 * @param label how the link reads
 */
public record DecisionOrigin(String url, String label) {

    static final int MAX = 200;

    public DecisionOrigin {
        if (url == null || !url.startsWith("/") || url.startsWith("//") || url.length() > MAX) {
            throw new IllegalArgumentException("A decision's origin is a path within Cadence, not " + url);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A decision's origin needs a label");
        }
        label = label.length() > MAX ? label.substring(0, MAX - 1) + "…" : label;
    }
}
