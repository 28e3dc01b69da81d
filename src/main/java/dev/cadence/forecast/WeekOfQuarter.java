package dev.cadence.forecast;

import dev.cadence.period.FiscalQuarter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Weeks of a fiscal quarter, as the call is made: ISO weeks, Monday to Sunday; week 1 is the week that holds the
 * quarter's first day, the last week the one that holds its last day (13 or 14 weeks).
 */
public final class WeekOfQuarter {

    private WeekOfQuarter() {
    }

    /** The Monday of week 1. */
    public static LocalDate firstMonday(FiscalQuarter quarter) {
        return quarter.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week of the quarter that holds the day: below 1 before the quarter, above {@link #count} after it. */
    public static int of(FiscalQuarter quarter, LocalDate day) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday(quarter), day), 7) + 1;
    }

    /** How many weeks the quarter has. */
    public static int count(FiscalQuarter quarter) {
        return of(quarter, quarter.end());
    }

    /** The Monday the week starts. */
    public static LocalDate start(FiscalQuarter quarter, int week) {
        return firstMonday(quarter).plusWeeks(week - 1L);
    }

    /** The Sunday the week ends. */
    public static LocalDate end(FiscalQuarter quarter, int week) {
        return start(quarter, week).plusDays(6);
    }
}
