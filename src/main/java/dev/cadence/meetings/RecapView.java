package dev.cadence.meetings;

import dev.cadence.decisions.DecisionSummary;
import java.time.Instant;
import java.util.List;

/**
 * The recap of a closed meeting: shared content only, for the page and the PDF alike.
 *
 * @param raised       action items raised in this meeting
 * @param carried      action items from earlier meetings that were still open when this one ran
 * @param movedPoints  talking points moved on to the next meeting
 */
public record RecapView(MeetingSummary meeting, String companyName, List<SeriesView.Participant> participants,
                        List<SectionView> sections, List<DecisionSummary> decisions, List<ActionItemView> raised,
                        List<ActionItemView> carried, List<ItemView> movedPoints, String message, boolean noMessage,
                        String closedByName, Instant endedAt, MeetingSummary next) {
}
