package dev.cadence.history;

/** One field of one change set: "Owner: Daniel Okafor → Sam Whitaker". {@code from} is null on creation. */
public record FieldChange(String field, String from, String to) {
}
