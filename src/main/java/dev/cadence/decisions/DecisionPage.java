package dev.cadence.decisions;

import dev.cadence.history.ChangeSet;
import java.util.List;

/**
 * A decision with what surrounds it.
 *
 * @param areaDeciderName who holds Decide for the decision's area on the map today
 */
public record DecisionPage(DecisionView decision, List<Reopening> reopenings, DecisionSummary supersedes,
                           DecisionSummary supersededBy, String areaDeciderName, List<ChangeSet> history, boolean canWrite) {

    public boolean deciderHoldsDecide() {
        return decision.areaId() == null || decision.deciderName().equals(areaDeciderName);
    }
}
