package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * A monthly schedule (the first Tuesday, the last Friday) at its local time through daylight saving changes, and how far
 * back a first meeting looks (the occurrence before it): what the GTM council relies on.
 */
class MonthlyScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final Schedule tuesdayNine = Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(9, 0), NEW_YORK, 60);
    private final Schedule firstTuesdays = new Schedule(Frequency.MONTHLY, DayOfWeek.TUESDAY, WeekOfMonth.FIRST,
            LocalTime.of(10, 0), NEW_YORK, 90);
    private final Schedule lastFridays = new Schedule(Frequency.MONTHLY, DayOfWeek.FRIDAY, WeekOfMonth.LAST,
            LocalTime.of(16, 0), NEW_YORK, 60);

    @Test
    void aMonthlySeriesMeetsOnTheFirstTuesdayOfEachMonth() {
        assertThat(firstTuesdays.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(tuesdayNine.frequency()).isEqualTo(Frequency.WEEKLY);
        // Monday 7 Dec 2026: December's first Tuesday (1 Dec) is past, so January's (5 Jan 2027).
        assertThat(firstTuesdays.firstOnOrAfter(at(2026, 12, 7, 12, 0))).isEqualTo(at(2027, 1, 5, 10, 0));
        // On the day itself, before the start time: that day; after it: next month's.
        assertThat(firstTuesdays.firstOnOrAfter(at(2026, 12, 1, 9, 0))).isEqualTo(at(2026, 12, 1, 10, 0));
        assertThat(firstTuesdays.firstOnOrAfter(at(2026, 12, 1, 11, 0))).isEqualTo(at(2027, 1, 5, 10, 0));
        // A month whose first day is a Tuesday, and one whose first Tuesday is the 7th.
        assertThat(firstTuesdays.after(at(2026, 11, 3, 10, 0))).isEqualTo(at(2026, 12, 1, 10, 0));
        assertThat(firstTuesdays.after(at(2026, 6, 2, 10, 0))).isEqualTo(at(2026, 7, 7, 10, 0));
        assertThat(firstTuesdays.after(at(2026, 12, 1, 10, 0))).as("across the year's end").isEqualTo(at(2027, 1, 5, 10, 0));
        assertThat(firstTuesdays.before(at(2026, 12, 1, 10, 0))).isEqualTo(at(2026, 11, 3, 10, 0));
    }

    @Test
    void theLastWeekdayOfAMonthIsFoundWhateverTheMonthsLength() {
        assertThat(lastFridays.after(at(2027, 1, 29, 16, 0))).isEqualTo(at(2027, 2, 26, 16, 0));
        assertThat(lastFridays.after(at(2027, 2, 26, 16, 0))).isEqualTo(at(2027, 3, 26, 16, 0));
        assertThat(lastFridays.firstOnOrAfter(at(2026, 12, 7, 0, 0))).isEqualTo(at(2026, 12, 25, 16, 0));
        assertThat(lastFridays.before(at(2026, 12, 25, 16, 0))).isEqualTo(at(2026, 11, 27, 16, 0));
    }

    @Test
    void aMonthlyMeetingKeepsItsLocalTimeAcrossADaylightSavingChange() {
        // 6 Oct 2026 10:00 is EDT (UTC-4); 3 Nov 2026 10:00 is EST (UTC-5), after the change on 1 Nov.
        Instant october = at(2026, 10, 6, 10, 0);
        Instant november = firstTuesdays.after(october);
        assertThat(november).isEqualTo(at(2026, 11, 3, 10, 0));
        assertThat(november.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(15);
        assertThat(october.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(14);
    }

    @Test
    void aWeeklySeriesLooksBackOneWeek() {
        assertThat(tuesdayNine.before(at(2026, 12, 8, 9, 0))).isEqualTo(at(2026, 12, 1, 9, 0));
        assertThat(tuesdayNine.before(at(2026, 11, 3, 9, 0))).as("across the change to winter time").isEqualTo(at(2026, 10, 27, 9, 0));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NEW_YORK).toInstant();
    }
}
