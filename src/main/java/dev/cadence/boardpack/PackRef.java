package dev.cadence.boardpack;

/** What a section's commentary box needs of its version: where to post, the version's version, whether it may be edited. */
public record PackRef(String quarterKey, int number, long packVersion, boolean editable) {
}
