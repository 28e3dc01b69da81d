package dev.cadence.experiments;

import java.util.List;

/**
 * The log as filtered, how many run and how many wait for a decision (whatever the filter), and what the filters offer.
 */
public record ExperimentList(List<ExperimentView> experiments, int running, int awaitingDecision, ExperimentOptions options) {
}
