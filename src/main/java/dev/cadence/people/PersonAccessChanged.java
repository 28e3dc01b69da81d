package dev.cadence.people;

/**
 * A person lost the right to keep their current sessions: deactivated, or their roles changed.
 * Published inside the transaction; their sessions end once it commits.
 */
record PersonAccessChanged(long personId, Long exceptActingPersonId) {
}
