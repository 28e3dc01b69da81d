package dev.cadence.scorecard;

import java.util.List;

/** One metric on the scorecard: its cells for the trailing periods, newest last. */
public record ScorecardRow(MetricView metric, String currentTarget, List<CellView> cells, Sparkline sparkline,
                           boolean currentMissing, boolean canEnter, boolean companyWideOnly) {
}
