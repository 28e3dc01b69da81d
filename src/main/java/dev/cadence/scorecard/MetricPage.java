package dev.cadence.scorecard;

import dev.cadence.company.SegmentView;
import dev.cadence.history.ChangeSet;
import java.util.List;

/** The definition page: a metric with its targets, proposals, history (newest first) and chart. */
public record MetricPage(MetricView metric, List<TargetView> targets, List<ProposalView> proposals,
                         List<ChangeSet> history, MetricChart chart, List<SegmentView> segments) {
}
