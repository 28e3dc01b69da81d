package dev.cadence.meetings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A series: participants, schedule and agenda template. */
public record SeriesView(long id, String name, MeetingKind kind, DayOfWeek weekday, LocalTime startTime, String timeZone,
                         int lengthMinutes, int intervalWeeks, List<Participant> participants,
                         List<TemplateSectionView> sections, boolean canEdit) {

    public record Participant(long id, String name, String title) {
    }

    public record TemplateSectionView(long id, int position, SectionKind kind, String title, String prompt, int minutes,
                                      long version, String panelKey) {
    }

    /** "Every Tuesday, 09:00 (America/New_York), 60 min". */
    public String scheduleLabel() {
        String every = intervalWeeks == 1 ? "Every " : "Every " + intervalWeeks + " weeks on ";
        return every + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + startTime + " (" + timeZone + "), "
                + lengthMinutes + " min";
    }

    public int plannedMinutes() {
        return sections.stream().mapToInt(TemplateSectionView::minutes).sum();
    }
}
