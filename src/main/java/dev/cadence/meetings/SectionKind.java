package dev.cadence.meetings;

/** How an agenda section behaves: filled from data, a capped list of priorities, open discussion, or the message. */
public enum SectionKind {
    /** "What changed since last week": entries filled from data, plus talking points. */
    CHANGES,
    /** One shared list, never more than {@link #MAX_PRIORITIES}. */
    PRIORITIES,
    /** Talking points, shared or private. */
    DISCUSSION,
    /** The message to the org, agreed before the meeting closes; talking points too. */
    MESSAGE;

    /** A priorities section never holds more than three: the top three, not a wish list. */
    public static final int MAX_PRIORITIES = 3;
}
