package dev.cadence.home;

import dev.cadence.scorecard.MetricStatus;

/**
 * A metric whose latest value is off track or at risk, as Home shows it: the value against its target, in which
 * period, and how it stood the period before.
 *
 * @param periodLabel the period of the value, short ("W49", "Nov 26")
 * @param before      the status the period before ({@code null} when that period has no value to judge)
 * @param beforeLabel that period, short
 */
public record MetricAlert(String key, String name, String ownerName, MetricStatus status, String value, String target,
                          String periodLabel, MetricStatus before, String beforeLabel) {

    /** It got worse since the period before (it went off track or at risk this period). */
    public boolean worsened() {
        return before != null && severity(status) > severity(before);
    }

    /** "was on track in W48", "also at risk in W48", or nothing when there is nothing to compare. */
    public String trend() {
        if (before == null || before == MetricStatus.NO_TARGET || before == MetricStatus.NO_VALUE) {
            return "";
        }
        return (before == status ? "also " : "was ") + before.label().toLowerCase() + " in " + beforeLabel;
    }

    static int severity(MetricStatus status) {
        return switch (status) {
            case OFF_TRACK -> 2;
            case AT_RISK -> 1;
            default -> 0;
        };
    }
}
