package dev.cadence.scorecard;

import dev.cadence.period.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * An approved metric's company-wide cells over a stretch of time, oldest first: one per period of its cadence (a cell
 * without a value where none was entered), as features that report a quarter read them ({@link ScorecardService#trails}).
 *
 * @param periods the periods of the cells, in the same order
 */
public record MetricTrail(MetricView metric, List<Period> periods, List<CellView> cells) {

    /** The newest cell with a value for a period that started on or before {@code day}, or null. */
    public CellView latestOnOrBefore(LocalDate day) {
        CellView found = null;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).value() != null && !periods.get(i).start().isAfter(day)) {
                found = cells.get(i);
            }
        }
        return found;
    }
}
