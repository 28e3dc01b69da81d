package dev.cadence.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing an export as the snapshot of {@code asOf} would do, before anything is stored: each line
 * with its deal or its errors, the stages that still need a meaning, and — when that date has a snapshot
 * already — what would change in it.
 */
public record ImportPreview(long uploadId, String fileName, LocalDate asOf, ExportFormat format, List<PreviewLine> lines,
                            List<String> fileErrors, List<String> unmappedStages, SnapshotSummary existing,
                            Changes changes) {

    public boolean hasErrors() {
        return !fileErrors.isEmpty() || lines.stream().anyMatch(l -> !l.errors().isEmpty());
    }

    public long errorCount() {
        return fileErrors.size() + lines.stream().filter(l -> !l.errors().isEmpty()).count();
    }

    /** Whether it can be stored as it is (mapping the stages it names is part of confirming). */
    public boolean importable() {
        return !hasErrors() && !lines.isEmpty();
    }

    /** One line of the file, as the preview shows it. */
    public record PreviewLine(int line, String dealId, String name, String segment, String stage, String meaning,
                              java.math.BigDecimal amount, LocalDate closeDate, List<String> errors) {
    }

    /** What replacing the existing snapshot would change, deal by deal id. */
    public record Changes(int added, int removed, int changed, int unchanged) {

        public boolean none() {
            return added == 0 && removed == 0 && changed == 0;
        }
    }
}
