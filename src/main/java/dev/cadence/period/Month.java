package dev.cadence.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A calendar month: the rhythm of the GTM council and of most finance numbers (MRR, bookings,
 * churn). The key is {@code 2026-11}.
 *
 * @param year the calendar year (from 1 to 9999)
 * @param month the month of the year, from 1 (January) to 12 (December)
 */
public record Month(int year, int month) implements Period {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public Month {
        Periods.requireSupportedYear(year);
        if (month < 1 || month > 12) {
            throw new InvalidPeriodException("There is no month " + month + ": months run from 1 to 12.");
        }
    }

    /** The month that holds the day. */
    public static Month of(LocalDate date) {
        return of(YearMonth.from(date));
    }

    public static Month of(YearMonth yearMonth) {
        return new Month(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    public YearMonth yearMonth() {
        return YearMonth.of(year, month);
    }

    @Override
    public Cadence cadence() {
        return Cadence.MONTHLY;
    }

    @Override
    public String key() {
        return Keys.padded(year, 4) + "-" + Keys.padded(month, 2);
    }

    /** {@code Nov 2026}. */
    @Override
    public String label() {
        return yearMonth().format(SHORT);
    }

    /** {@code November 2026}. */
    @Override
    public String longLabel() {
        return yearMonth().format(LONG);
    }

    @Override
    public LocalDate start() {
        return yearMonth().atDay(1);
    }

    @Override
    public LocalDate end() {
        return yearMonth().atEndOfMonth();
    }

    @Override
    public Month next() {
        return plus(1);
    }

    @Override
    public Month previous() {
        return plus(-1);
    }

    @Override
    public Month plus(long months) {
        return of(yearMonth().plusMonths(months));
    }
}
