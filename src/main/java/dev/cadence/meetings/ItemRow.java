package dev.cadence.meetings;

/**
 * One talking point (or priority, or entry from data) as a meeting's page draws it, kept by
 * {@link dev.cadence.web.RenderedFragments}: the item as the viewer sees it, the meeting it is shown in, and whether the
 * viewer may act on it there. What {@code meetings/show :: item} reads, nothing else.
 */
public record ItemRow(ItemView item, long meetingId, boolean canRun) {
}
