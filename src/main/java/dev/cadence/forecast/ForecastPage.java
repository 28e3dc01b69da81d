package dev.cadence.forecast;

import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The call page: the quarter's grid as of today (or, for a past quarter, its closing snapshot), the call's path week
 * by week against closed won, every reason, and who may enter what.
 *
 * @param week     the week of the quarter the grid is as of (0 before the quarter starts)
 * @param callWeek the week a call may be entered for now, or 0 when this is not the current quarter
 * @param caller   who the decision-rights map names as deciding the forecast call, or {@code null}
 * @param warning  the decider warning for the person viewing (they are not the caller), or {@code null}
 */
public record ForecastPage(FiscalQuarter quarter, List<String> quarters, CallAsOf now, int weeks, List<PathWeek> path,
                           ForecastChart chart, List<ReasonLine> reasons, int callWeek, String caller, String warning,
                           boolean canCall, boolean canSetTargets) {

    /** A week's first day (the call form's heading); {@code null} for no week. */
    public LocalDate weekStart(Integer week) {
        return week == null || week < 1 ? null : WeekOfQuarter.start(quarter, week);
    }

    /**
     * One week of the quarter on the chart: the total call as it stood that week (the segments' latest calls), and the
     * CRM at that week's snapshot (the latest on or before its Sunday, or today for this week).
     */
    public record PathWeek(int week, LocalDate start, LocalDate snapshot, BigDecimal commitCall, BigDecimal bestCaseCall,
                           BigDecimal closedWon, BigDecimal crmCommit, int reasons) {

        /** The CRM's own number: closed won and open commit. */
        public BigDecimal crmWonAndCommit() {
            return closedWon == null ? null : closedWon.add(crmCommit);
        }
    }

    /** A call that came with a reason (it moved) or an override reason, with the call it moved from. */
    public record ReasonLine(int week, LocalDate weekStart, String segment, BigDecimal fromCommit, BigDecimal toCommit,
                             BigDecimal fromBestCase, BigDecimal toBestCase, String reason, String overrideReason, String calledBy,
                             Instant calledAt) {

        public BigDecimal commitChange() {
            return fromCommit == null ? null : toCommit.subtract(fromCommit);
        }
    }
}
