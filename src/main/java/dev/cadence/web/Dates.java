package dev.cadence.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

/**
 * The one way pages write dates and times, as {@code #when} in templates: {@code ${#when.day(d)}} "1 Dec",
 * {@code ${#when.date(d)}} "1 Dec 2026", {@code ${#when.dateTime(t)}} "1 Dec 2026, 14:05 UTC" (a moment
 * is shown in the reader's zone, and says which: the one they chose on /account, otherwise the company's), {@code ${#when.month(d)}} "Dec 26".
 * Null reads as an empty string.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final Clock clock;

    public Dates(Clock clock) {
        this.clock = clock;
    }

    public String day(Object when) {
        return format(when, DAY, false);
    }

    public String date(Object when) {
        return format(when, DATE, false);
    }

    public String month(Object when) {
        return format(when, MONTH, false);
    }

    public String dateTime(Object when) {
        return format(when, DATE_TIME, true);
    }

    private String format(Object when, DateTimeFormatter pattern, boolean labelled) {
        if (when == null) {
            return "";
        }
        ZonedDateTime zoned = zoned(when);
        if (zoned == null) {
            return pattern.format((TemporalAccessor) when);
        }
        String text = pattern.format(zoned);
        // "EST", "GMT", "UTC": the abbreviation people read, daylight saving included.
        return labelled ? text + " " + ZONE.format(zoned) : text;
    }

    /**
     * The zone the current reader reads times in: the one they chose on /account (the request's locale context carries
     * it), otherwise the company's (the application clock's).
     */
    public static ZoneId readerZone(Clock clock) {
        if (LocaleContextHolder.getLocaleContext() instanceof TimeZoneAwareLocaleContext aware && aware.getTimeZone() != null) {
            return aware.getTimeZone().toZoneId();
        }
        return clock.getZone();
    }

    /** A moment in the zone it carries, or the reader's; null for a plain date. */
    private ZonedDateTime zoned(Object when) {
        ZoneId zone = readerZone(clock);
        if (when instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (when instanceof ZonedDateTime zonedDateTime) {
            return zonedDateTime;
        }
        if (when instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (when instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        if (when instanceof LocalDate) {
            return null;
        }
        throw new IllegalArgumentException("Not a date or time: " + when.getClass().getName());
    }
}
