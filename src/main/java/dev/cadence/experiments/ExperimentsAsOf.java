package dev.cadence.experiments;

import java.time.LocalDate;
import java.util.List;

/**
 * The experiments as they stood on a day (a meeting's): those running then, with the days left from that day, and
 * those concluded by then and still waiting for a decision.
 */
public record ExperimentsAsOf(LocalDate asOf, List<ExperimentView> running, List<ExperimentView> awaitingDecision) {

    /** "2 running, 1 waiting for a decision". */
    public String summary() {
        return running.size() + " running, " + awaitingDecision.size() + " waiting for a decision";
    }
}
