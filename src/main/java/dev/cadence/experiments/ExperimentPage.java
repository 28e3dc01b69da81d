package dev.cadence.experiments;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.history.ChangeSet;
import dev.cadence.people.PersonView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An experiment's page: the experiment, the scorecard's reading over its window, its amendments and
 * history, what the viewer may do, and what the decision form offers.
 */
public record ExperimentPage(ExperimentView experiment, Reading reading, List<AmendmentView> amendments,
                             List<ChangeSet> history, boolean canManage, boolean canEdit, boolean canStart, boolean canStop,
                             boolean canConclude, boolean canDecide, List<DecisionAreaSummary> areas, List<PersonView> deciders) {

    public Resolution[] resolutions() {
        return Resolution.values();
    }

    /** An amendment: what changed in the locked criteria, why, who and when. */
    public record AmendmentView(String reason, String changes, String by, Instant at) {
    }

    /**
     * The scorecard over the window.
     *
     * @param begun        whether the window has begun (a running experiment's may start later)
     * @param soFar        read before the window ended (a running experiment): what the verdict would be today
     * @param stored       the verdict kept when it concluded (or was decided), when it differs from this reading
     */
    public record Reading(String windowLabel, LocalDate windowFrom, LocalDate windowTo, boolean begun, boolean soFar,
                          Verdict verdict, String summary, List<MetricReading> metrics, Verdict stored) {
    }

    /** One metric over the window: its rule, each period's value (crossing ones marked) and its result. */
    public record MetricReading(String label, String rule, boolean primary, List<Chip> values, String result, String resultClass) {
    }

    /** A period's value: "W44 23.1%". */
    public record Chip(String period, String value, boolean crossed) {
    }
}
