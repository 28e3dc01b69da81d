package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored snapshot: its date, where it came from, how many deals, their open amount, who imported it. */
public record SnapshotSummary(long id, LocalDate asOf, ExportFormat source, String fileName, int dealCount,
                              BigDecimal openAmount, String importedBy, Instant importedAt, long version) {
}
