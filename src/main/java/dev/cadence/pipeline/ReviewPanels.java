package dev.cadence.pipeline;

import dev.cadence.meetings.PanelContent;
import java.time.LocalDate;

/** What the forecast review's pipeline panels share: what they show before there are two snapshots to compare. */
final class ReviewPanels {

    private ReviewPanels() {
    }

    /** A panel as of a day, kept in {@link PipelineCache} until the pipeline changes: the same for every viewer who may read it. */
    record Key(String panel, LocalDate asOf) {
    }

    /** The panel of a day with fewer than two snapshots on or before it. */
    static PanelContent noWeek(ReviewPanelReads reads, LocalDate asOf) {
        return new PanelContent("pipeline/panels :: no-week", reads.anySnapshotBy(asOf)
                ? "Only one pipeline snapshot was loaded by this day: what moved needs the one before it too."
                : "No pipeline snapshot was loaded by this day. RevOps loads them at /pipeline/import.");
    }
}
