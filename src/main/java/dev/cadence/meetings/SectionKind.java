package dev.cadence.meetings;

/** How an agenda section behaves: filled from data, a capped list of priorities, open discussion, the message, or a data panel. */
public enum SectionKind {
    /** "What changed since last week": entries filled from data, plus talking points. */
    CHANGES,
    /** One shared list, never more than {@link #MAX_PRIORITIES}. */
    PRIORITIES,
    /** Talking points, shared or private. */
    DISCUSSION,
    /** The message to the org, agreed before the meeting closes; talking points too. */
    MESSAGE,
    /**
     * A data panel another feature provides (a {@link MeetingPanel} bean, named by the section's panel key), shown as it
     * stood on the meeting's day, above the section's talking points.
     */
    PANEL;

    /** A priorities section never holds more than three: the top three, not a wish list. */
    public static final int MAX_PRIORITIES = 3;
}
