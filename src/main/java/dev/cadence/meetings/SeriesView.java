package dev.cadence.meetings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A series: participants, schedule and agenda template. */
public record SeriesView(long id, String name, MeetingKind kind, DayOfWeek weekday, LocalTime startTime, String timeZone,
                         int lengthMinutes, int intervalWeeks, Integer weekOfMonth, List<Participant> participants,
                         List<TemplateSectionView> sections, boolean canEdit) {

    public record Participant(long id, String name, String title) {
    }

    public record TemplateSectionView(long id, int position, SectionKind kind, String title, String prompt, int minutes,
                                      long version, String panelKey) {
    }

    /** "Every Tuesday, 09:00 (America/New_York), 60 min", or "Monthly on the first Tuesday, …". */
    public String scheduleLabel() {
        String day = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String when = weekOfMonth != null ? "Monthly on the " + ORDINALS.get(weekOfMonth) + " " + day
                : (intervalWeeks == 1 ? "Every " : "Every " + intervalWeeks + " weeks on ") + day;
        return when + ", " + startTime + " (" + timeZone + "), " + lengthMinutes + " min";
    }

    /** Whether the series meets once a month: its meetings speak of "this month", not "this week". */
    public boolean monthly() {
        return weekOfMonth != null;
    }

    private static final java.util.Map<Integer, String> ORDINALS = java.util.Map.of(1, "first", 2, "second", 3, "third", 4, "fourth",
            -1, "last");

    public int plannedMinutes() {
        return sections.stream().mapToInt(TemplateSectionView::minutes).sum();
    }
}
