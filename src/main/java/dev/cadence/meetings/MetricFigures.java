package dev.cadence.meetings;

import dev.cadence.scorecard.MetricStatus;

/**
 * A scorecard metric's change as "what changed" shows it, one row of its table: the value in the compared period and
 * in the last complete one, the target that last value is judged against, and both statuses. The numbers are written
 * by the scorecard's formatter ({@link dev.cadence.scorecard.MetricUnit#formatBeside}), as they stood when the meeting
 * was prepared, so that the row reads the same on the page, in the recap and in its PDF.
 *
 * @param metric     the metric's name, with its segment ("Win rate (Enterprise)")
 * @param periodFrom the compared period's short label ("W48"); the previous period, or where the metric stood at the
 *                   previous meeting
 * @param periodTo   the last complete period's short label ("W49")
 * @param valueFrom  the value then, or {@code null} when there was none
 * @param valueTo    the value now
 * @param target     the target the value now is judged against, or {@code null}
 */
public record MetricFigures(String metric, String periodFrom, String periodTo, String valueFrom, String valueTo, String target,
                            MetricStatus statusFrom, MetricStatus statusTo) {

    /** The status got worse (on track to at risk or off track, at risk to off track). */
    public boolean worse() {
        return severity(statusTo) > severity(statusFrom);
    }

    public boolean better() {
        return severity(statusTo) < severity(statusFrom);
    }

    /** "W48 → W49". */
    public String periods() {
        return periodFrom + " → " + periodTo;
    }

    /** The row as one sentence, for what shows items as text (the API, the recap's e-mail, search). */
    String sentence() {
        return metric + ": " + (valueFrom == null ? "–" : valueFrom) + " (" + periodFrom + ") → " + valueTo + " (" + periodTo + ")"
                + (target == null ? "" : ", target " + target) + "; " + statusFrom.label().toLowerCase(java.util.Locale.ENGLISH)
                + " → " + statusTo.label().toLowerCase(java.util.Locale.ENGLISH) + ".";
    }

    static int severity(MetricStatus status) {
        return switch (status) {
            case ON_TRACK -> 0;
            case AT_RISK -> 1;
            case OFF_TRACK -> 2;
            default -> -1;
        };
    }
}
