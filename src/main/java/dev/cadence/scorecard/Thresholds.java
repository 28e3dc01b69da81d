package dev.cadence.scorecard;

import java.math.BigDecimal;

/**
 * The rule that turns a metric's value and target into a status: on track when the value meets or
 * beats the target, at risk when it misses by no more than the at-risk band, off track beyond it.
 *
 * <p>The band is a percentage of the target's size: with a band of 10, a win-rate target of 25%
 * is on track at 25% or more, at risk from 22.5% up, and off track below 22.5%; a sales-cycle
 * target of 60 days (lower is better) is on track at 60 days or fewer, at risk up to 66 days and
 * off track beyond. The band is measured from the target's absolute value, so it always gives the
 * metric room in the direction of missing, also for a negative target (a net burn of −500k with a
 * band of 10 is at risk down to −550k when higher is better).
 *
 * <p>A target of zero leaves no room: the band of zero is zero, so only meeting or beating the
 * target is on track and any miss is off track, never at risk. A band of 0 makes every metric
 * simply on or off track.
 *
 * @param atRiskBandPercent how far, in percent of the target, a value may miss it and be at risk
 *     rather than off track; from 0 to 100
 */
public record Thresholds(BigDecimal atRiskBandPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Thresholds {
        if (atRiskBandPercent == null) {
            throw new IllegalArgumentException("The at-risk band is needed: a percentage from 0 to 100.");
        }
        if (atRiskBandPercent.signum() < 0 || atRiskBandPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The at-risk band is a percentage from 0 to 100, not "
                    + atRiskBandPercent.toPlainString() + ".");
        }
        // One representation per amount, so that a band of 10 equals a band of 10.00.
        atRiskBandPercent = atRiskBandPercent.stripTrailingZeros();
        if (atRiskBandPercent.scale() < 0) {
            atRiskBandPercent = atRiskBandPercent.setScale(0);
        }
    }

    /**
     * The status of a value against its target.
     *
     * @param value the metric's value for the period; {@code null} when nobody has entered it
     * @param target the target for the period; {@code null} when the metric has none
     * @return {@link MetricStatus#NO_VALUE} when the value is missing (also when the target is: the
     *     value is what someone must supply this week), {@link MetricStatus#NO_TARGET} when only the
     *     target is, otherwise on track, at risk or off track
     */
    public MetricStatus statusOf(BigDecimal value, BigDecimal target, Direction direction) {
        if (direction == null) {
            throw new IllegalArgumentException("A metric's direction is needed to judge its value.");
        }
        if (value == null) {
            return MetricStatus.NO_VALUE;
        }
        if (target == null) {
            return MetricStatus.NO_TARGET;
        }
        BigDecimal band = target.abs().multiply(atRiskBandPercent).movePointLeft(2);
        return switch (direction) {
            case HIGHER_IS_BETTER -> judge(value.compareTo(target) >= 0, value.compareTo(target.subtract(band)) >= 0);
            case LOWER_IS_BETTER -> judge(value.compareTo(target) <= 0, value.compareTo(target.add(band)) <= 0);
        };
    }

    private static MetricStatus judge(boolean meetsTarget, boolean withinBand) {
        if (meetsTarget) {
            return MetricStatus.ON_TRACK;
        }
        return withinBand ? MetricStatus.AT_RISK : MetricStatus.OFF_TRACK;
    }
}
