package dev.cadence.pipeline;

import dev.cadence.company.SegmentView;
import java.math.BigDecimal;
import java.util.List;

/**
 * A snapshot's deals as {@code /pipeline} lists them (the largest first, at most {@link PipelineService#LISTED}),
 * with how many match and their amount, the filters' choices and the inspection lists: pushed twice or more,
 * close date past, unchanged for weeks, the ten largest open deals.
 */
public record PipelinePage(SnapshotSummary snapshot, List<SnapshotSummary> snapshots, DealFilter filter, List<DealView> deals,
                           int matching, BigDecimal matchingAmount, List<SegmentView> segments, List<String> owners,
                           List<String> stages, List<String> quarters, List<DealView> pushed, List<DealView> pastDue,
                           List<DealView> stale, int staleWeeks, List<DealView> largest) {

    public boolean empty() {
        return snapshot == null;
    }
}
