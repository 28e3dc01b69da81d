package dev.cadence.meetings;

/**
 * A meeting not closed yet, as Home shows it to one participant: how far their preparation got.
 *
 * @param yourItems          the talking points and priorities this person wrote in it (their private ones included)
 * @param priorities         the priorities it holds (a shared list, at most {@link SectionKind#MAX_PRIORITIES})
 * @param hasPrioritiesSection whether its agenda asks for a top 3
 */
public record MeetingPreparation(MeetingSummary meeting, int yourItems, int priorities, boolean hasPrioritiesSection) {

    /** Prepared: the person wrote something in it and, when its agenda has a top 3, the top 3 is not empty. */
    public boolean prepared() {
        return yourItems > 0 && (!hasPrioritiesSection || priorities > 0);
    }

    /** "3 of your points · top 3: 2 of 3", or what is still to do. */
    public String status() {
        String points = yourItems == 0 ? "none of your points yet" : yourItems == 1 ? "1 of your points" : yourItems + " of your points";
        if (!hasPrioritiesSection) {
            return points;
        }
        return points + " · top 3: " + (priorities == 0 ? "not set" : priorities + " of " + SectionKind.MAX_PRIORITIES);
    }
}
