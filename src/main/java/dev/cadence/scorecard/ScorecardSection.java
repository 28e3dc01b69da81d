package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import java.util.List;

/** The metrics of one cadence, under one header of periods (weekly, monthly or quarterly). */
public record ScorecardSection(Cadence cadence, List<Period> periods, List<ScorecardRow> rows) {
}
