package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When a series meets: a weekly one on its weekday, a monthly one on one weekday of the month (the first Tuesday, the
 * last Friday), at its local time in its time zone, through daylight saving changes.
 */
class MeetingSeriesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final MeetingSeries tuesdayNine = new MeetingSeries("1:1", MeetingKind.ONE_ON_ONE, DayOfWeek.TUESDAY,
            LocalTime.of(9, 0), NEW_YORK, 60, Set.of(1L, 2L));

    @Test
    void theFirstOccurrenceIsTheNextWeekdayAtItsLocalTime() {
        Instant mondayNoon = ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, NEW_YORK).toInstant();
        assertThat(tuesdayNine.firstOccurrenceFrom(mondayNoon))
                .isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void onTheDayBeforeTheStartTimeItIsThatDayAndAfterItTheNextWeek() {
        Instant tuesdayEight = ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, NEW_YORK).toInstant();
        Instant tuesdayTen = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, NEW_YORK).toInstant();
        assertThat(tuesdayNine.firstOccurrenceFrom(tuesdayEight))
                .isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(tuesdayNine.firstOccurrenceFrom(tuesdayTen))
                .isEqualTo(ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void theNextOccurrenceKeepsTheLocalTimeAcrossADaylightSavingChange() {
        Instant beforeTheChange = ZonedDateTime.of(2026, 10, 27, 9, 0, 0, 0, NEW_YORK).toInstant();
        Instant next = tuesdayNine.occurrenceAfter(beforeTheChange);
        assertThat(next.atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(next.atZone(NEW_YORK).toLocalDate()).hasToString("2026-11-03");
        assertThat(java.time.Duration.between(beforeTheChange, next).toHours()).isEqualTo(7 * 24 + 1);
    }

    private final MeetingSeries firstTuesdays = new MeetingSeries("GTM council", MeetingKind.GTM_COUNCIL, 1, DayOfWeek.TUESDAY,
            LocalTime.of(10, 0), NEW_YORK, 90, Set.of(1L, 2L, 3L));
    private final MeetingSeries lastFridays = new MeetingSeries("Month-end", MeetingKind.GTM_COUNCIL, -1, DayOfWeek.FRIDAY,
            LocalTime.of(16, 0), NEW_YORK, 60, Set.of(1L, 2L));

    @Test
    void aMonthlySeriesMeetsOnTheFirstTuesdayOfEachMonth() {
        assertThat(firstTuesdays.monthly()).isTrue();
        assertThat(tuesdayNine.monthly()).isFalse();
        // Monday 7 Dec 2026: December's first Tuesday (1 Dec) is past, so January's (5 Jan 2027).
        assertThat(firstTuesdays.firstOccurrenceFrom(at(2026, 12, 7, 12, 0))).isEqualTo(at(2027, 1, 5, 10, 0));
        // On the day itself, before the start time: that day; after it: next month's.
        assertThat(firstTuesdays.firstOccurrenceFrom(at(2026, 12, 1, 9, 0))).isEqualTo(at(2026, 12, 1, 10, 0));
        assertThat(firstTuesdays.firstOccurrenceFrom(at(2026, 12, 1, 11, 0))).isEqualTo(at(2027, 1, 5, 10, 0));
        // A month whose first day is a Tuesday, and one whose first Tuesday is the 7th.
        assertThat(firstTuesdays.occurrenceAfter(at(2026, 11, 3, 10, 0))).isEqualTo(at(2026, 12, 1, 10, 0));
        assertThat(firstTuesdays.occurrenceAfter(at(2026, 6, 2, 10, 0))).isEqualTo(at(2026, 7, 7, 10, 0));
        assertThat(firstTuesdays.occurrenceAfter(at(2026, 12, 1, 10, 0))).as("across the year's end").isEqualTo(at(2027, 1, 5, 10, 0));
        assertThat(firstTuesdays.occurrenceBefore(at(2026, 12, 1, 10, 0))).isEqualTo(at(2026, 11, 3, 10, 0));
    }

    @Test
    void theLastWeekdayOfAMonthIsFoundWhateverTheMonthsLength() {
        assertThat(lastFridays.occurrenceAfter(at(2027, 1, 29, 16, 0))).isEqualTo(at(2027, 2, 26, 16, 0));
        assertThat(lastFridays.occurrenceAfter(at(2027, 2, 26, 16, 0))).isEqualTo(at(2027, 3, 26, 16, 0));
        assertThat(lastFridays.firstOccurrenceFrom(at(2026, 12, 7, 0, 0))).isEqualTo(at(2026, 12, 25, 16, 0));
        assertThat(lastFridays.occurrenceBefore(at(2026, 12, 25, 16, 0))).isEqualTo(at(2026, 11, 27, 16, 0));
    }

    @Test
    void aMonthlyMeetingKeepsItsLocalTimeAcrossADaylightSavingChange() {
        // 6 Oct 2026 10:00 is EDT (UTC-4); 3 Nov 2026 10:00 is EST (UTC-5), after the change on 1 Nov.
        Instant october = at(2026, 10, 6, 10, 0);
        Instant november = firstTuesdays.occurrenceAfter(october);
        assertThat(november).isEqualTo(at(2026, 11, 3, 10, 0));
        assertThat(november.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(15);
        assertThat(october.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(14);
    }

    @Test
    void onlyTheFirstToFourthOrTheLastWeekdayOfAMonthIsASchedule() {
        for (int week : new int[] {0, 5, -2}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MeetingSeries("x", MeetingKind.GTM_COUNCIL, week,
                    DayOfWeek.TUESDAY, LocalTime.NOON, NEW_YORK, 60, Set.of(1L))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NEW_YORK).toInstant();
    }
}
