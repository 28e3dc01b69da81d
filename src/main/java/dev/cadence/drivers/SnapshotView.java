package dev.cadence.drivers;

import java.time.Instant;
import java.util.List;

/** The tree as planned in a fiscal quarter, beside what it is now (plan now, and the linked metric's latest value). */
public record SnapshotView(String quarterKey, String quarterLabel, String outcomeLabel, String targetLabel, String takenBy,
                           Instant takenAt, List<Line> lines) {

    public record Line(String key, String name, String plannedThen, String plannedNow, String valueThen, String valueNow,
                       String metricNow, boolean changed) {
    }
}
