package dev.cadence.forecast;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One segment's call (or the total of the segments' calls) as made for a week of the quarter: the quarter's total
 * bookings expected, what is already won included. {@code reason}: why it moved from the week before;
 * {@code overrideReason}: why someone other than the decider on the map called it. The total has neither, no caller
 * and version 0.
 */
public record CallView(int week, BigDecimal commit, BigDecimal bestCase, String reason, String overrideReason, String calledBy,
                       Instant calledAt, long version) {

    static CallView of(ForecastCall c) {
        return new CallView(c.getWeek(), c.getCommitAmount(), c.getBestCaseAmount(), c.getReason(), c.getOverrideReason(),
                c.getCalledByName(), c.getCalledAt(), c.getVersion());
    }

    CallView plus(CallView other) {
        return new CallView(Math.max(week, other.week), commit.add(other.commit), bestCase.add(other.bestCase), null, null, null,
                null, 0);
    }
}
