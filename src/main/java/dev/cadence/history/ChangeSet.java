package dev.cadence.history;

import java.time.Instant;
import java.util.List;

/**
 * What one person changed at one moment.
 *
 * @param kind {@code created}, {@code changed} or {@code deleted}
 */
public record ChangeSet(int revision, Instant at, String author, String kind, List<FieldChange> changes) {
}
