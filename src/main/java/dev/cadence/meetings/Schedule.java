package dev.cadence.meetings;

import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * When a series meets: weekly, every two weeks, or monthly on one weekday of the month ("first Tuesday", "last
 * Friday"), at a local time in a time zone, for a length of time.
 *
 * <p>Occurrences are found as local dates and then placed at the local time in the zone, so a series keeps its local
 * time through daylight saving changes (09:00 in New York is 14:00 UTC in winter and 13:00 in summer). A time that a
 * change skips (02:30 on the morning clocks go forward) becomes the same wall-clock time after the gap (03:30); a
 * time that happens twice (01:30 on the morning clocks go back) is the first of the two.
 *
 * @param weekOfMonth which weekday of the month, for {@link Frequency#MONTHLY} only ({@code null} otherwise)
 */
public record Schedule(Frequency frequency, DayOfWeek weekday, WeekOfMonth weekOfMonth, LocalTime time, ZoneId zone,
                       int lengthMinutes) {

    public static final int SHORTEST = 15;
    public static final int LONGEST = 480;

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public Schedule {
        if (frequency == null) {
            throw new RuleViolationException("frequency", "Choose how often the series meets.");
        }
        if (weekday == null) {
            throw new RuleViolationException("weekday", "Choose the day of the week it meets on.");
        }
        if (frequency == Frequency.MONTHLY && weekOfMonth == null) {
            throw new RuleViolationException("weekOfMonth", "Choose which " + day(weekday) + " of the month: the first, "
                    + "second, third, fourth or last.");
        }
        if (frequency != Frequency.MONTHLY) {
            weekOfMonth = null;
        }
        if (time == null) {
            throw new RuleViolationException("time", "Give the time it starts, e.g. 09:00.");
        }
        if (zone == null) {
            throw new RuleViolationException("timeZone", "Choose the time zone the time is in.");
        }
        if (lengthMinutes < SHORTEST || lengthMinutes > LONGEST) {
            throw new RuleViolationException("lengthMinutes", "A meeting lasts between " + SHORTEST + " minutes and "
                    + LONGEST / 60 + " hours.");
        }
        time = time.withSecond(0).withNano(0);
    }

    /** Weekly on that weekday. */
    public static Schedule weekly(DayOfWeek weekday, LocalTime time, ZoneId zone, int lengthMinutes) {
        return new Schedule(Frequency.WEEKLY, weekday, null, time, zone, lengthMinutes);
    }

    /** The first occurrence at or after {@code notBefore}. */
    public Instant firstOnOrAfter(Instant notBefore) {
        ZonedDateTime from = notBefore.atZone(zone);
        LocalDate day = firstDayOnOrAfter(from.toLocalDate());
        ZonedDateTime candidate = at(day);
        if (candidate.isBefore(from)) {
            candidate = at(dayAfter(day));
        }
        return candidate.toInstant();
    }

    /**
     * The occurrence after one that was scheduled at {@code previous}: on the weekday of the week one (or two) weeks
     * after the previous one's week (weeks start on Monday), or the month's weekday after it. Found from the previous
     * one's local date, so it holds when the schedule changed in between: a weekly series moved from Tuesdays to
     * Thursdays meets on the next week's Thursday, not two days after its last meeting.
     */
    public Instant after(Instant previous) {
        return at(dayAfter(previous.atZone(zone).toLocalDate())).toInstant();
    }

    /** The occurrence a full cycle before one scheduled at {@code next}: the month's weekday before it, or a week or two earlier. */
    public Instant before(Instant next) {
        LocalDate day = next.atZone(zone).toLocalDate();
        if (frequency == Frequency.MONTHLY) {
            LocalDate inMonth = weekOfMonth.dayIn(YearMonth.from(day), weekday);
            return at(inMonth.isBefore(day) ? inMonth : weekOfMonth.dayIn(YearMonth.from(day).minusMonths(1), weekday)).toInstant();
        }
        return at(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(frequency.roughWeeks())
                .with(TemporalAdjusters.nextOrSame(weekday))).toInstant();
    }

    /** A meeting's day at the schedule's local time, in its zone (see the class comment for gaps and overlaps). */
    ZonedDateTime at(LocalDate day) {
        return ZonedDateTime.of(day, time, zone);
    }

    private LocalDate firstDayOnOrAfter(LocalDate day) {
        if (frequency == Frequency.MONTHLY) {
            LocalDate inMonth = weekOfMonth.dayIn(YearMonth.from(day), weekday);
            return inMonth.isBefore(day) ? weekOfMonth.dayIn(YearMonth.from(day).plusMonths(1), weekday) : inMonth;
        }
        return day.with(TemporalAdjusters.nextOrSame(weekday));
    }

    /** The first meeting day strictly after {@code day}, a full cycle on from a day the series met. */
    private LocalDate dayAfter(LocalDate day) {
        if (frequency == Frequency.MONTHLY) {
            LocalDate inMonth = weekOfMonth.dayIn(YearMonth.from(day), weekday);
            return inMonth.isAfter(day) ? inMonth : weekOfMonth.dayIn(YearMonth.from(day).plusMonths(1), weekday);
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(frequency.roughWeeks())
                .with(TemporalAdjusters.nextOrSame(weekday));
    }

    /** "Every Tuesday", "Every two weeks on Tuesday", "Monthly on the last Friday". */
    public String cadenceLabel() {
        return switch (frequency) {
            case WEEKLY -> "Every " + day(weekday);
            case EVERY_TWO_WEEKS -> "Every two weeks on " + day(weekday);
            case MONTHLY -> "Monthly on the " + weekOfMonth.label(weekday);
        };
    }

    /** "Every Tuesday, 09:00 (America/New_York), 60 min". */
    public String label() {
        return cadenceLabel() + ", " + HOURS.format(time) + " (" + zone.getId() + "), " + lengthMinutes + " min";
    }

    private static String day(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
