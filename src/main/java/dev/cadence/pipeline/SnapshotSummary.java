package dev.cadence.pipeline;

import dev.cadence.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored snapshot: its date, where it came from, how many deals, their open amount, who imported it. */
public record SnapshotSummary(long id, LocalDate asOf, ExportFormat source, String fileName, int dealCount,
                              BigDecimal openAmount, String importedBy, Instant importedAt, long version) {

    /** The snapshot of that date among these; none is not found. */
    static SnapshotSummary on(List<SnapshotSummary> snapshots, LocalDate asOf) {
        return snapshots.stream().filter(s -> s.asOf().equals(asOf)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no pipeline snapshot of " + asOf + "."));
    }
}
