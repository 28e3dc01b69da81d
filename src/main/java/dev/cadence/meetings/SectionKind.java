package dev.cadence.meetings;

/** How an agenda section behaves: filled from data, a capped list of priorities, open discussion, the message, or a data panel. */
public enum SectionKind {
    /** "What changed since last week": entries filled from data, plus talking points. */
    CHANGES("What changed, filled from data"),
    /** One shared list, never more than {@link #MAX_PRIORITIES}. */
    PRIORITIES("Top 3 priorities"),
    /** Talking points, shared or private. */
    DISCUSSION("Talking points"),
    /** The message to the org, agreed before the meeting closes; talking points too. */
    MESSAGE("Message to the org"),
    /**
     * A data panel another feature provides (a {@link MeetingPanel} bean, named by the section's panel key), shown as it
     * stood on the meeting's day, above the section's talking points.
     */
    PANEL("Data panel");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    /** What the section holds, as the template editor offers it. */
    public String label() {
        return label;
    }

    /** A priorities section never holds more than three: the top three, not a wish list. */
    public static final int MAX_PRIORITIES = 3;
}
