package dev.cadence.pipeline;

import java.time.Instant;

/** A remembered meaning of a CRM's stage, for exports that give the stage no forecast category. */
public record StageMapping(ExportFormat source, String stage, StageMeaning meaning, String mappedBy, Instant mappedAt) {
}
