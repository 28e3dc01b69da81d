package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a weekly series meets: its weekday and local time, in its time zone, through daylight saving changes. */
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
}
