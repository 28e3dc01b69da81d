package dev.cadence.meetings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A series: participants, schedule, status and agenda template.
 *
 * @param canEdit whether the viewer may edit it, pause it or end it (a participant, not the board)
 * @param version what a form editing it sends back, so that a stale save is refused
 */
public record SeriesView(long id, String name, MeetingKind kind, Schedule schedule, SeriesStatus status,
                         List<Participant> participants, List<TemplateSectionView> sections, boolean canEdit, long version) {

    public record Participant(long id, String name, String title) {
    }

    public record TemplateSectionView(long id, int position, SectionKind kind, String title, String prompt, int minutes,
                                      long version, String panelKey) {
    }

    /** "Every Tuesday, 09:00 (America/New_York), 60 min". */
    public String scheduleLabel() {
        return schedule.label();
    }

    public DayOfWeek weekday() {
        return schedule.weekday();
    }

    public LocalTime startTime() {
        return schedule.time();
    }

    public String timeZone() {
        return schedule.zone().getId();
    }

    public int lengthMinutes() {
        return schedule.lengthMinutes();
    }

    public int plannedMinutes() {
        return sections.stream().mapToInt(TemplateSectionView::minutes).sum();
    }

    /** Whether it prepares new meetings (neither paused nor ended). */
    public boolean active() {
        return status == SeriesStatus.ACTIVE;
    }

    public boolean ended() {
        return status == SeriesStatus.ENDED;
    }

    public boolean hasParticipant(long personId) {
        return participants.stream().anyMatch(p -> p.id() == personId);
    }
}
