package dev.cadence.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One segment's (or the total's) quarter as of a date: the bookings target, the CRM's roll-up at the latest snapshot
 * on or before the date (closed won in the quarter; open commit, best case and pipeline closing in it), and the
 * call of that week and of the week before (each the latest call made for that week or an earlier one).
 *
 * <ul>
 *   <li>{@link #gap()} = target − closed won − open commit: what must still come from best case and pipeline.</li>
 *   <li>{@link #coverage()} = open pipeline closing in the quarter (commit + best case + pipeline) ÷ (target − closed
 *   won): how many times the open pipeline covers what is left to book.</li>
 * </ul>
 *
 * @param segmentKey {@code null} for the total
 */
public record CallFigures(String segmentKey, String segmentName, BigDecimal target, BigDecimal closedWon, BigDecimal commit,
                          BigDecimal bestCase, BigDecimal pipeline, CallView thisWeek, CallView lastWeek) {

    public boolean total() {
        return segmentKey == null;
    }

    public BigDecimal open() {
        return commit.add(bestCase).add(pipeline);
    }

    /** Target − closed won − open commit; {@code null} without a target. */
    public BigDecimal gap() {
        return target == null ? null : target.subtract(closedWon).subtract(commit);
    }

    /** Target − closed won; {@code null} without a target. */
    public BigDecimal remaining() {
        return target == null ? null : target.subtract(closedWon);
    }

    /** Open pipeline ÷ (target − closed won), two decimals; {@code null} without a target or once it is won. */
    public BigDecimal coverage() {
        BigDecimal left = remaining();
        return left == null || left.signum() <= 0 ? null : open().divide(left, 2, RoundingMode.HALF_UP);
    }

    /** How the commit call moved since last week's; {@code null} when either is missing. */
    public BigDecimal commitChange() {
        return thisWeek == null || lastWeek == null ? null : thisWeek.commit().subtract(lastWeek.commit());
    }

    public BigDecimal bestCaseChange() {
        return thisWeek == null || lastWeek == null ? null : thisWeek.bestCase().subtract(lastWeek.bestCase());
    }

    /** The commit call against the target: above 0 the call beats it. */
    public BigDecimal callVersusTarget() {
        return thisWeek == null || target == null ? null : thisWeek.commit().subtract(target);
    }
}
