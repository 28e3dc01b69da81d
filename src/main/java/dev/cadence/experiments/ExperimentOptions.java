package dev.cadence.experiments;

import dev.cadence.company.SegmentView;
import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.drivers.LeverRef;
import dev.cadence.people.PersonView;
import dev.cadence.scorecard.MetricView;
import java.util.List;

/**
 * What forms and filters offer: the trees' levers and the approved scorecard metrics (as levers, primary metrics and
 * guardrails), the segments, who may own an experiment, and the decision areas (empty where not read).
 */
public record ExperimentOptions(List<LeverRef> levers, List<MetricView> metrics, List<SegmentView> segments, List<PersonView> owners,
                                List<DecisionAreaSummary> areas) {

    /** A tree's lever as a form writes it. */
    public String leverValue(LeverRef l) {
        return LeverChoice.driver(l.treeId(), l.key());
    }

    /** A scorecard metric as a lever, as a form writes it. */
    public String metricLeverValue(MetricView m) {
        return LeverChoice.metric(m.key());
    }

    public ExperimentStatus[] statuses() {
        return ExperimentStatus.values();
    }

    public Bound[] bounds() {
        return Bound.values();
    }

    public Measure[] measures() {
        return Measure.values();
    }

    public Resolution[] resolutions() {
        return Resolution.values();
    }
}
