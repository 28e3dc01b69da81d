package dev.cadence.meetings;

/**
 * One row of a meeting's action items as the page draws it (kept by {@link dev.cadence.web.RenderedFragments}: a
 * council carries dozens of open items from council to council, and each is drawn once until it changes): the item,
 * the meeting it is shown in, and whether the viewer may tick it off there.
 */
public record ActionRow(ActionItemView a, long meetingId, boolean canRun) {
}
