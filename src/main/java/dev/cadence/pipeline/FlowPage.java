package dev.cadence.pipeline;

import dev.cadence.company.SegmentView;
import dev.cadence.period.FiscalQuarter;
import java.util.List;

/**
 * {@code /pipeline/flow}: what moved between two snapshots for a quarter ({@code flow} is {@code null} until there are
 * two snapshots), the waterfall, conversion by stage and pipeline by source over the quarter so far (from
 * {@code quarterFrom}, the last snapshot taken by the quarter's first day, to the second snapshot compared), pipeline by
 * owner, and the filters' choices.
 */
public record FlowPage(FlowService.Scope scope, List<SnapshotSummary> snapshots, List<SegmentView> segments,
                       List<String> quarters, Flow flow, FlowChart chart, SnapshotSummary quarterFrom,
                       List<StageConversion> conversion, List<SourcePipeline> sources, List<OwnerPipeline> owners) {

    public boolean empty() {
        return flow == null;
    }

    public FiscalQuarter quarter() {
        return scope == null ? null : scope.quarter();
    }
}
