package dev.cadence.meetings;

import java.util.List;

/**
 * What closing a meeting will leave behind, shown before it closes: the sections not covered (the meeting never
 * reached them and nothing in them was marked discussed), how many talking points not discussed move to the next
 * meeting, whether the message to the org is agreed, and whether the meeting never started (closing it then needs a
 * confirmation, on the server too).
 *
 * @param notCovered     the titles of the sections not covered, in agenda order
 * @param undiscussed    talking points not discussed (everyone's, private ones included: they all move)
 * @param seriesActive   the series goes on: points can move to a next meeting
 * @param period         "week" or "month"
 */
public record CloseSummary(boolean inPreparation, List<String> notCovered, int sectionCount, int undiscussed,
                           boolean seriesActive, boolean hasMessage, String period) {

    /** "3 talking points not discussed", "1 talking point not discussed", or {@code null} for none. */
    public String undiscussedLabel() {
        return undiscussed == 0 ? null : undiscussed + (undiscussed == 1 ? " talking point" : " talking points") + " not discussed";
    }
}
