package dev.cadence.decisions;

import dev.cadence.history.ChangeSet;
import java.util.List;

/** An area with its cells, its reopenings, the latest decisions made under it, and its full history. */
public record AreaPage(AreaRow area, List<Reopening> reopenings, List<DecisionSummary> decisions,
                       List<ChangeSet> history, String quarterLabel, boolean canEdit) {
}
