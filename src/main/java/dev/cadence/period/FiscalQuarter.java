package dev.cadence.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A quarter of the company's fiscal year: the rhythm of the board and of quota.
 *
 * <p>A fiscal year is named after the calendar year in which it <em>ends</em>. With a fiscal year
 * starting in February, FY2027 runs from 1 Feb 2026 to 31 Jan 2027 and its Q1 is February to April
 * 2026; with a January start, FY2026 is calendar 2026. Quarters are three months each, counted from
 * the fiscal year's first month.
 *
 * <p>The key {@code FY2027-Q1} names a quarter only within one fiscal calendar, so the record carries
 * the fiscal year's first month: the same key is a different three months for a company whose year
 * starts in another month, and two quarters are equal only when their fiscal calendars are too.
 *
 * @param fiscalYear the fiscal year, named after the calendar year in which it ends (from 1 to 9999)
 * @param quarter from 1 to 4
 * @param fiscalYearStartMonth the fiscal year's first month, from 1 (January) to 12 (December)
 */
public record FiscalQuarter(int fiscalYear, int quarter, int fiscalYearStartMonth) implements Period {

    public FiscalQuarter {
        Periods.requireFiscalYearStartMonth(fiscalYearStartMonth);
        Periods.requireSupportedYear(fiscalYear);
        if (quarter < 1 || quarter > 4) {
            throw new InvalidPeriodException("There is no quarter " + quarter + ": quarters run from Q1 to Q4.");
        }
    }

    /** The fiscal quarter that holds the day, for a fiscal year starting in the given month. */
    public static FiscalQuarter of(LocalDate date, int fiscalYearStartMonth) {
        Periods.requireFiscalYearStartMonth(fiscalYearStartMonth);
        YearMonth month = YearMonth.from(date);
        int monthsIntoFiscalYear = Math.floorMod(month.getMonthValue() - fiscalYearStartMonth, 12);
        YearMonth lastMonthOfFiscalYear = month.minusMonths(monthsIntoFiscalYear).plusMonths(11);
        return new FiscalQuarter(lastMonthOfFiscalYear.getYear(), monthsIntoFiscalYear / 3 + 1, fiscalYearStartMonth);
    }

    @Override
    public Cadence cadence() {
        return Cadence.QUARTERLY;
    }

    @Override
    public String key() {
        return "FY" + Keys.padded(fiscalYear, 4) + "-Q" + quarter;
    }

    /** {@code Q1 FY27}: the fiscal year's last two digits, as finance teams write it. */
    @Override
    public String label() {
        return String.format(Locale.ROOT, "Q%d FY%02d", quarter, fiscalYear % 100);
    }

    /** {@code Q1 FY2027, 1 Feb – 30 Apr 2026}. */
    @Override
    public String longLabel() {
        return "Q" + quarter + " FY" + fiscalYear + ", " + DayRange.of(start(), end());
    }

    @Override
    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    @Override
    public LocalDate end() {
        return firstMonth().plusMonths(2).atEndOfMonth();
    }

    @Override
    public FiscalQuarter next() {
        return plus(1);
    }

    @Override
    public FiscalQuarter previous() {
        return plus(-1);
    }

    @Override
    public FiscalQuarter plus(long quarters) {
        return of(start().plusMonths(Math.multiplyExact(quarters, 3L)), fiscalYearStartMonth);
    }

    private YearMonth firstMonth() {
        // The name says where the fiscal year ends: in calendar year fiscalYear, in the month before
        // its first month (December when the fiscal year is the calendar year).
        YearMonth lastMonthOfFiscalYear = fiscalYearStartMonth == 1
                ? YearMonth.of(fiscalYear, 12)
                : YearMonth.of(fiscalYear, fiscalYearStartMonth - 1);
        return lastMonthOfFiscalYear.minusMonths(11).plusMonths(3L * (quarter - 1));
    }
}
