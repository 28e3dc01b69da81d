package dev.cadence.experiments;

import dev.cadence.web.RuleViolationException;

/**
 * The lever an experiment should move, as a form and the API write it: {@code driver:<tree id>:<lever key>} for a
 * value-driver lever, {@code metric:<metric key>} for a scorecard metric.
 */
record LeverChoice(Long treeId, String leverKey, String metricKey) {

    static String driver(long treeId, String key) {
        return "driver:" + treeId + ":" + key;
    }

    static String metric(String key) {
        return "metric:" + key;
    }

    /** This choice written back. */
    String param() {
        return metricKey != null ? metric(metricKey) : driver(treeId, leverKey);
    }

    static LeverChoice of(Long treeId, String leverKey, String metricKey) {
        return new LeverChoice(treeId, leverKey, metricKey);
    }

    /** @throws RuleViolationException on {@code field} when it is neither form */
    static LeverChoice parse(String text, String field) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("metric:") && t.length() > "metric:".length()) {
            return new LeverChoice(null, null, t.substring("metric:".length()));
        }
        if (t.startsWith("driver:")) {
            String[] parts = t.split(":", 3);
            if (parts.length == 3 && !parts[2].isEmpty()) {
                try {
                    return new LeverChoice(Long.parseLong(parts[1]), parts[2], null);
                } catch (NumberFormatException notAnId) {
                    // refused below
                }
            }
        }
        throw new RuleViolationException(field, t.isEmpty() ? "Choose the lever the experiment should move: a value-driver lever or a scorecard metric."
                : "Choose the lever among the value-driver levers and scorecard metrics listed.");
    }
}
