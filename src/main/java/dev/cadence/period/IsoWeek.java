package dev.cadence.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO-8601 week, Monday to Sunday: the rhythm of the CEO–CRO 1:1 and the forecast review.
 *
 * <p>Weeks belong to a <em>week-based year</em>, which is not always the calendar year: week 1 is
 * the week holding the year's first Thursday, so 31 Dec 2026 is in 2026-W53 while 1 Jan 2021 and
 * 3 Jan 2021 are in 2020-W53. A week-based year has 52 or 53 weeks. The key is
 * {@code 2026-W47}: the week-based year and the zero-padded week number.
 *
 * @param weekBasedYear the ISO week-based year (from 1 to 9999)
 * @param week the week number, from 1 to 52 or 53 depending on the year
 */
public record IsoWeek(int weekBasedYear, int week) implements Period {

    public IsoWeek {
        Periods.requireSupportedYear(weekBasedYear);
        int weeks = weeksIn(weekBasedYear);
        if (week < 1 || week > weeks) {
            throw new InvalidPeriodException("There is no week " + week + " in " + weekBasedYear + ": "
                    + describeWeeksOf(weekBasedYear));
        }
    }

    /** The week that holds the day. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** 52 or 53: the number of ISO weeks in a week-based year. */
    public static int weeksIn(int weekBasedYear) {
        // 4 January is always in week 1, so it belongs to the week-based year of the same number.
        return (int) LocalDate.of(weekBasedYear, 1, 4).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    /** "2026 has 53 ISO weeks (W01 to W53)." */
    static String describeWeeksOf(int weekBasedYear) {
        int weeks = weeksIn(weekBasedYear);
        return weekBasedYear + " has " + weeks + " ISO weeks (W01 to W" + weeks + ").";
    }

    @Override
    public Cadence cadence() {
        return Cadence.WEEKLY;
    }

    @Override
    public String key() {
        return Keys.padded(weekBasedYear, 4) + "-W" + Keys.padded(week, 2);
    }

    /** {@code W47}; the year is left to the table's context. */
    @Override
    public String label() {
        return "W" + week;
    }

    /** {@code Week 47, 16–22 Nov 2026}, or {@code Week 53, 28 Dec 2020 – 3 Jan 2021}. */
    @Override
    public String longLabel() {
        return "Week " + week + ", " + DayRange.of(start(), end());
    }

    /** The Monday. */
    @Override
    public LocalDate start() {
        return LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday. */
    @Override
    public LocalDate end() {
        return start().plusDays(6);
    }

    @Override
    public IsoWeek next() {
        return plus(1);
    }

    @Override
    public IsoWeek previous() {
        return plus(-1);
    }

    @Override
    public IsoWeek plus(long weeks) {
        return of(start().plusWeeks(weeks));
    }
}
