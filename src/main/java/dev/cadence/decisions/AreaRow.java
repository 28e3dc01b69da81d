package dev.cadence.decisions;

import java.time.Instant;
import java.util.List;

/**
 * An area of the map with its cells in the order of the map's columns.
 *
 * @param reopenedThisQuarter reopenings in the company's current fiscal quarter
 * @param reopenCount         reopenings ever
 */
public record AreaRow(long id, String name, String description, AreaStatus status, List<RightCell> cells,
                      String deciderName, long reopenedThisQuarter, int reopenCount, String lockedByName, Instant lockedAt,
                      String updatedBy, Instant updatedAt, long version) {

    public boolean locked() {
        return status == AreaStatus.LOCKED;
    }

    public long decideCount() {
        return cells.stream().filter(c -> c.role() == RightRole.DECIDE).count();
    }

    public List<RightCell> holding(RightRole role) {
        return cells.stream().filter(c -> c.role() == role).toList();
    }
}
