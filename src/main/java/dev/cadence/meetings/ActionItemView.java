package dev.cadence.meetings;

import java.time.LocalDate;

/**
 * An action item as a meeting, the recap or Home shows it.
 *
 * @param carried  it was raised in an earlier meeting of the series and carried over
 * @param raisedIn the meeting it was raised in, e.g. "CEO–CRO weekly 1:1 · 17 Nov 2026"
 */
public record ActionItemView(long id, String text, long ownerId, String ownerName, LocalDate dueOn, boolean overdue,
                             boolean done, long raisedInMeetingId, String raisedIn, boolean carried, long version) {
}
