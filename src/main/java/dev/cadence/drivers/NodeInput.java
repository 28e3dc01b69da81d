package dev.cadence.drivers;

import dev.cadence.web.TypedNumber;

/** A node as typed on the structure form or sent by the code: numbers as people write them. */
public record NodeInput(String key, String name, NodeKind kind, DriverUnit unit, String formula, Long ownerId,
                        String segmentKey, String metricKey, TypedNumber baseline, TypedNumber assumption, TypedNumber step,
                        String evidence, Integer position) {
}
