package dev.cadence.meetings;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A meeting as lists show it.
 *
 * @param startsAt when it is scheduled, in the series' time zone
 * @param seriesStatus whether its series is active, paused or ended
 * @param monthly      whether its series meets monthly
 */
public record MeetingSummary(long id, long seriesId, String seriesName, MeetingKind kind, ZonedDateTime startsAt,
                             int lengthMinutes, MeetingStatus status, SeriesStatus seriesStatus, boolean monthly,
                             String message) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    static MeetingSummary of(Meeting m, MeetingSeries s) {
        return new MeetingSummary(m.getId(), s.getId(), s.getName(), s.getKind(), m.getScheduledAt().atZone(s.zone()),
                s.getLengthMinutes(), m.getStatus(), s.getStatus(), s.monthly(), m.getMessage());
    }

    /** "CEO–CRO weekly 1:1 · 24 Nov 2026": how the decision log and the recap name it. */
    public String label() {
        return seriesName + " · " + SHORT_DAY.format(startsAt);
    }

    /** What the meeting's words speak of: "month" for a series that meets monthly, else "week" ("No message this week"). */
    public String period() {
        return monthly ? "month" : "week";
    }

    /** "Tue 24 Nov 2026". */
    public String dayLabel() {
        return DAY.format(startsAt);
    }

    /** "09:00–10:00 (America/New_York)". */
    public String timeLabel() {
        return TIME.format(startsAt) + "–" + TIME.format(startsAt.plusMinutes(lengthMinutes)) + " (" + startsAt.getZone().getId() + ")";
    }

    public Instant instant() {
        return startsAt.toInstant();
    }

    public boolean closed() {
        return status == MeetingStatus.CLOSED;
    }
}
