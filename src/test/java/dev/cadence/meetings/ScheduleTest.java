package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a series meets: weekly, every two weeks and monthly on a weekday, at its local time in its time zone, through
 * daylight saving changes in New York and London and across the ends of months.
 */
class ScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private final Schedule tuesdayNine = Schedule.weekly(DayOfWeek.TUESDAY, NINE, NEW_YORK, 60);

    // ---- weekly ----

    @Test
    void theFirstOccurrenceIsTheNextWeekdayAtItsLocalTime() {
        assertThat(tuesdayNine.firstOnOrAfter(at(2026, 11, 30, 12, 0, NEW_YORK))).isEqualTo(at(2026, 12, 1, 9, 0, NEW_YORK));
    }

    @Test
    void onTheDayBeforeTheStartTimeItIsThatDayAndAfterItTheNextWeek() {
        assertThat(tuesdayNine.firstOnOrAfter(at(2026, 12, 1, 8, 0, NEW_YORK))).isEqualTo(at(2026, 12, 1, 9, 0, NEW_YORK));
        assertThat(tuesdayNine.firstOnOrAfter(at(2026, 12, 1, 9, 0, NEW_YORK))).isEqualTo(at(2026, 12, 1, 9, 0, NEW_YORK));
        assertThat(tuesdayNine.firstOnOrAfter(at(2026, 12, 1, 10, 0, NEW_YORK))).isEqualTo(at(2026, 12, 8, 9, 0, NEW_YORK));
    }

    @Test
    void newYorkKeepsNineOClockWhenTheClocksGoBackAndWhenTheyGoForward() {
        // Clocks go back on Sunday 1 November 2026: 09:00 is 13:00 UTC before, 14:00 after; the week is 169 hours.
        Instant before = at(2026, 10, 27, 9, 0, NEW_YORK);
        Instant after = tuesdayNine.after(before);
        assertThat(after).isEqualTo(at(2026, 11, 3, 9, 0, NEW_YORK)).isEqualTo(Instant.parse("2026-11-03T14:00:00Z"));
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofHours(7 * 24 + 1));
        // They go forward on Sunday 8 March 2026: the week is 167 hours, and 09:00 is 13:00 UTC again.
        Instant march = tuesdayNine.after(at(2026, 3, 3, 9, 0, NEW_YORK));
        assertThat(march).isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(Duration.between(at(2026, 3, 3, 9, 0, NEW_YORK), march)).isEqualTo(Duration.ofHours(7 * 24 - 1));
    }

    @Test
    void londonKeepsItsLocalTimeWhenBritishSummerTimeEndsAndBegins() {
        Schedule mondayNine = Schedule.weekly(DayOfWeek.MONDAY, NINE, LONDON, 45);
        // BST ends on Sunday 25 October 2026: 08:00 UTC before, 09:00 UTC after.
        assertThat(mondayNine.after(Instant.parse("2026-10-19T08:00:00Z"))).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        // It begins on Sunday 28 March 2027: 09:00 UTC before, 08:00 UTC after.
        assertThat(mondayNine.after(Instant.parse("2027-03-22T09:00:00Z"))).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
        // New York and London change a few weeks apart: in between, a London 09:00 is 04:00 in New York, not 05:00.
        assertThat(mondayNine.after(Instant.parse("2026-10-26T09:00:00Z")).atZone(NEW_YORK).toLocalTime())
                .isEqualTo(LocalTime.of(4, 0));
    }

    @Test
    void aTimeTheClocksSkipIsTakenAfterTheGapAndATimeThatHappensTwiceIsTheFirst() {
        Schedule sundayHalfPastTwo = Schedule.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK, 30);
        // 02:30 does not exist on 8 March 2026: the meeting is at 03:30 EDT, and the week after back at 02:30.
        Instant gap = sundayHalfPastTwo.after(at(2026, 3, 1, 2, 30, NEW_YORK));
        assertThat(gap.atZone(NEW_YORK)).isEqualTo(ZonedDateTime.parse("2026-03-08T03:30-04:00[America/New_York]"));
        assertThat(sundayHalfPastTwo.after(gap).atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        // 01:30 happens twice on 1 November 2026: the first (EDT, UTC−4).
        Schedule sundayHalfPastOne = Schedule.weekly(DayOfWeek.SUNDAY, LocalTime.of(1, 30), NEW_YORK, 30);
        assertThat(sundayHalfPastOne.after(at(2026, 10, 25, 1, 30, NEW_YORK))).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void afterAChangeOfWeekdayTheNextMeetingIsOnTheNewWeekdayOfTheNextWeek() {
        // Met on Tuesday 1 December; now on Thursdays: Thursday of the week after, not two days later.
        Schedule thursdays = Schedule.weekly(DayOfWeek.THURSDAY, NINE, NEW_YORK, 60);
        assertThat(thursdays.after(at(2026, 12, 1, 9, 0, NEW_YORK))).isEqualTo(at(2026, 12, 10, 9, 0, NEW_YORK));
        Schedule mondays = Schedule.weekly(DayOfWeek.MONDAY, NINE, NEW_YORK, 60);
        assertThat(mondays.after(at(2026, 12, 1, 9, 0, NEW_YORK))).isEqualTo(at(2026, 12, 7, 9, 0, NEW_YORK));
    }

    // ---- every two weeks ----

    @Test
    void everyTwoWeeksIsFourteenDaysApartAtTheSameLocalTimeThroughTheChange() {
        Schedule fortnightly = new Schedule(Frequency.EVERY_TWO_WEEKS, DayOfWeek.TUESDAY, null, NINE, NEW_YORK, 30);
        List<LocalDate> days = new ArrayList<>();
        Instant at = fortnightly.firstOnOrAfter(at(2026, 10, 12, 0, 0, NEW_YORK));
        for (int i = 0; i < 4; i++) {
            assertThat(at.atZone(NEW_YORK).toLocalTime()).isEqualTo(NINE);
            days.add(at.atZone(NEW_YORK).toLocalDate());
            at = fortnightly.after(at);
        }
        assertThat(days).containsExactly(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 24));
        // Moved to Thursdays: the Thursday two weeks after the last meeting's week, not two days later.
        Schedule thursdays = new Schedule(Frequency.EVERY_TWO_WEEKS, DayOfWeek.THURSDAY, null, NINE, NEW_YORK, 30);
        assertThat(thursdays.after(at(2026, 11, 24, 9, 0, NEW_YORK))).isEqualTo(at(2026, 12, 10, 9, 0, NEW_YORK));
    }

    // ---- monthly ----

    @Test
    void monthlyOnTheFirstTuesday() {
        Schedule firstTuesday = new Schedule(Frequency.MONTHLY, DayOfWeek.TUESDAY, WeekOfMonth.FIRST, NINE, NEW_YORK, 90);
        assertThat(days(firstTuesday, at(2026, 11, 20, 0, 0, NEW_YORK), 4, NEW_YORK)).containsExactly(LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 3, 2));
        // The first Tuesday of this month has passed: next month's.
        assertThat(firstTuesday.firstOnOrAfter(at(2026, 12, 1, 10, 0, NEW_YORK))).isEqualTo(at(2027, 1, 5, 9, 0, NEW_YORK));
    }

    @Test
    void monthlyOnTheLastFridayAcrossTheEndsOfMonthsOfEveryLength() {
        Schedule lastFriday = new Schedule(Frequency.MONTHLY, DayOfWeek.FRIDAY, WeekOfMonth.LAST, LocalTime.of(14, 0), NEW_YORK, 60);
        assertThat(days(lastFriday, at(2026, 12, 1, 0, 0, NEW_YORK), 3, NEW_YORK)).containsExactly(LocalDate.of(2026, 12, 25),
                LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26));
        // December 2027 ends on a Friday: the 31st is the last Friday, and January's is the 28th.
        assertThat(days(lastFriday, at(2027, 12, 1, 0, 0, NEW_YORK), 2, NEW_YORK)).containsExactly(LocalDate.of(2027, 12, 31),
                LocalDate.of(2028, 1, 28));
        // The last Friday of November 2026 is the 27th; from the 28th on, it is December's.
        assertThat(lastFriday.firstOnOrAfter(at(2026, 11, 28, 0, 0, NEW_YORK))).isEqualTo(at(2026, 12, 25, 14, 0, NEW_YORK));
    }

    @Test
    void monthlyInLondonKeepsNineOClockOnEitherSideOfBritishSummerTime() {
        Schedule lastFriday = new Schedule(Frequency.MONTHLY, DayOfWeek.FRIDAY, WeekOfMonth.LAST, NINE, LONDON, 60);
        Instant march = lastFriday.firstOnOrAfter(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(march).isEqualTo(Instant.parse("2027-03-26T09:00:00Z"));
        assertThat(lastFriday.after(march)).isEqualTo(Instant.parse("2027-04-30T08:00:00Z"));
        Schedule fourthMonday = new Schedule(Frequency.MONTHLY, DayOfWeek.MONDAY, WeekOfMonth.FOURTH, NINE, LONDON, 60);
        assertThat(days(fourthMonday, Instant.parse("2026-09-01T00:00:00Z"), 3, LONDON)).containsExactly(
                LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 23));
    }

    @Test
    void aFifthWeekdayIsRefusedWithWhatToChooseInstead() {
        assertThatThrownBy(() -> WeekOfMonth.of(5)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only some months").hasMessageContaining("last weekday")
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("weekOfMonth");
        assertThat(WeekOfMonth.of(-1)).isEqualTo(WeekOfMonth.LAST);
        assertThat(WeekOfMonth.of(2)).isEqualTo(WeekOfMonth.SECOND);
        assertThatThrownBy(() -> WeekOfMonth.of(0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aMonthlyScheduleNeedsItsWeekOfTheMonthAndEveryScheduleALengthThatFits() {
        assertThatThrownBy(() -> new Schedule(Frequency.MONTHLY, DayOfWeek.MONDAY, null, NINE, LONDON, 60))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("which Monday of the month");
        assertThatThrownBy(() -> Schedule.weekly(DayOfWeek.MONDAY, NINE, LONDON, 10))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("between 15 minutes and 8 hours");
        assertThatThrownBy(() -> Schedule.weekly(DayOfWeek.MONDAY, null, LONDON, 30))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("time it starts");
        // A week of the month given to a weekly schedule means nothing and is dropped.
        assertThat(new Schedule(Frequency.WEEKLY, DayOfWeek.MONDAY, WeekOfMonth.LAST, NINE, LONDON, 30).weekOfMonth()).isNull();
    }

    @Test
    void labelsSayItAsPeopleDo() {
        assertThat(tuesdayNine.label()).isEqualTo("Every Tuesday, 09:00 (America/New_York), 60 min");
        assertThat(new Schedule(Frequency.EVERY_TWO_WEEKS, DayOfWeek.THURSDAY, null, LocalTime.of(16, 30), LONDON, 45).label())
                .isEqualTo("Every two weeks on Thursday, 16:30 (Europe/London), 45 min");
        assertThat(new Schedule(Frequency.MONTHLY, DayOfWeek.FRIDAY, WeekOfMonth.LAST, NINE, LONDON, 60).cadenceLabel())
                .isEqualTo("Monthly on the last Friday");
    }

    private static List<LocalDate> days(Schedule schedule, Instant from, int count, ZoneId zone) {
        List<LocalDate> days = new ArrayList<>();
        Instant at = schedule.firstOnOrAfter(from);
        for (int i = 0; i < count; i++) {
            assertThat(at.atZone(zone).toLocalTime()).isEqualTo(schedule.time());
            days.add(at.atZone(zone).toLocalDate());
            at = schedule.after(at);
        }
        return days;
    }

    private static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
    }
}
