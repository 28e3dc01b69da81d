package dev.cadence.meetings;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.PersonView;
import java.time.Instant;
import java.util.List;

/**
 * Everything the meeting page shows, for one viewer (their private points included, nobody else's).
 *
 * @param canRun         the viewer takes part and the meeting is not closed
 * @param sectionEndsAt  when the current section's time box ends (live meetings), for the countdown
 * @param messageVersion the message's version, sent back when it is saved
 * @param people         who may own an action item or decide
 */
public record MeetingPage(MeetingSummary meeting, List<SeriesView.Participant> participants, List<SectionView> sections,
                          List<ActionItemView> actions, List<DecisionSummary> decisions, String message, boolean noMessage,
                          String messageByName, String closedByName, Instant preparedAt, Instant startedAt,
                          Instant endedAt, Long currentSectionId, Instant sectionEndsAt, long messageVersion, long revision,
                          boolean canRun, MeetingSummary previous, MeetingSummary next, List<PersonView> people,
                          List<DecisionAreaSummary> areas) {

    public MeetingStatus status() {
        return meeting.status();
    }

    public boolean live() {
        return meeting.status() == MeetingStatus.LIVE;
    }

    public boolean closed() {
        return meeting.status() == MeetingStatus.CLOSED;
    }

    public long sectionEndsAtMillis() {
        return sectionEndsAt == null ? 0 : sectionEndsAt.toEpochMilli();
    }

    /** The section after the current one while the meeting runs, or {@code null} at the last one. */
    public SectionView nextSection() {
        for (int i = 0; i < sections.size() - 1; i++) {
            if (sections.get(i).current()) {
                return sections.get(i + 1);
            }
        }
        return null;
    }

    /** The action items as rows, each drawn once until it (or whether the viewer may run the meeting) changes. */
    public List<ActionRow> actionRows() {
        return actions.stream().map(a -> new ActionRow(a, meeting.id(), canRun)).toList();
    }

    public long openActionCount() {
        return actions.stream().filter(a -> !a.done()).count();
    }
}
