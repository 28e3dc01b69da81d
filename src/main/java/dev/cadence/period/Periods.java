package dev.cadence.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding periods: the current one, the last few, a range, and the period a key names.
 *
 * <p>Every method takes the company's fiscal year start month (1 = January … 12 = December, from
 * the company's profile), even when the cadence at hand is weekly, so that a wrong one is caught
 * at once rather than the first time someone looks at a quarter.
 */
public final class Periods {

    /** The first and last years Cadence handles: the years a four-digit key can name. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    /** The most periods one range may hold: ten years of weeks. */
    public static final int MAX_RANGE = 520;

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("FY(\\d{4})-Q(\\d)");

    private static final String HOW_TO_WRITE =
            "Use 2026-W47 for a week, 2026-11 for a month or FY2027-Q1 for a quarter.";

    private Periods() {
    }

    /** The period of the cadence that holds {@code today}. */
    public static Period current(Cadence cadence, LocalDate today, int fiscalYearStartMonth) {
        requireFiscalYearStartMonth(fiscalYearStartMonth);
        return switch (cadence) {
            case WEEKLY -> IsoWeek.of(today);
            case MONTHLY -> Month.of(today);
            case QUARTERLY -> FiscalQuarter.of(today, fiscalYearStartMonth);
        };
    }

    /**
     * The last {@code n} periods of the cadence, oldest first, ending with the one that holds
     * {@code today}: the columns of a trend table.
     *
     * @param n from 1 to {@value #MAX_RANGE}
     */
    public static List<Period> trailing(Cadence cadence, LocalDate today, int n, int fiscalYearStartMonth) {
        if (n < 1 || n > MAX_RANGE) {
            throw new InvalidPeriodException("Choose from 1 to " + MAX_RANGE + " " + cadence.unit() + "s; "
                    + n + " is not in that range.");
        }
        Period current = current(cadence, today, fiscalYearStartMonth);
        return between(current.plus(1L - n), current);
    }

    /**
     * The periods from {@code from} to {@code to}, both included, oldest first, as in
     * {@code ?from=2026-W01&to=2026-W47}.
     *
     * @throws InvalidPeriodException when the two are of different cadences (or fiscal calendars),
     *     when {@code from} comes after {@code to}, or when the range holds more than
     *     {@value #MAX_RANGE} periods
     */
    @SuppressWarnings("unchecked") // next() of a P is a P: each record narrows next() to its own type
    public static <P extends Period> List<P> between(P from, P to) {
        if (from.cadence() != to.cadence()) {
            throw new InvalidPeriodException("A range runs from one " + from.cadence().unit() + " to another, but "
                    + from.key() + " is a " + from.cadence().unit() + " and " + to.key() + " a "
                    + to.cadence().unit() + ".");
        }
        if (from instanceof FiscalQuarter a && to instanceof FiscalQuarter b
                && a.fiscalYearStartMonth() != b.fiscalYearStartMonth()) {
            throw new InvalidPeriodException("A range of quarters needs one fiscal calendar, but " + a.key()
                    + " starts its fiscal year in month " + a.fiscalYearStartMonth() + " and " + b.key()
                    + " in month " + b.fiscalYearStartMonth() + ".");
        }
        if (from.compareTo(to) > 0) {
            throw new InvalidPeriodException("The range starts at " + from.key() + ", after its end " + to.key()
                    + ": put the earlier " + from.cadence().unit() + " first.");
        }
        long count = count(from, to);
        if (count > MAX_RANGE) {
            throw new InvalidPeriodException("From " + from.key() + " to " + to.key() + " is " + count + " "
                    + from.cadence().unit() + "s; choose at most " + MAX_RANGE + ".");
        }
        List<P> periods = new ArrayList<>((int) count);
        for (P period = from; periods.size() < count; period = (P) period.next()) {
            periods.add(period);
        }
        return List.copyOf(periods);
    }

    /**
     * The period a key names: {@code 2026-W47}, {@code 2026-11} or {@code FY2027-Q1}. Letters may be
     * lowercase and spaces around the key are ignored.
     *
     * @throws InvalidPeriodException with a message for the person who wrote the key
     */
    public static Period parse(String key, int fiscalYearStartMonth) {
        requireFiscalYearStartMonth(fiscalYearStartMonth);
        if (key == null || key.isBlank()) {
            throw new InvalidPeriodException("A period is needed. " + HOW_TO_WRITE);
        }
        String input = key.strip();
        String normalised = input.toUpperCase(Locale.ROOT);

        Matcher week = WEEK.matcher(normalised);
        if (week.matches()) {
            int year = supportedYear(input, week.group(1));
            int number = Integer.parseInt(week.group(2));
            if (number < 1 || number > IsoWeek.weeksIn(year)) {
                throw InvalidPeriodException.notAPeriod(input, IsoWeek.describeWeeksOf(year));
            }
            return new IsoWeek(year, number);
        }
        Matcher month = MONTH.matcher(normalised);
        if (month.matches()) {
            int year = supportedYear(input, month.group(1));
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                throw InvalidPeriodException.notAPeriod(input, "months run from 01 to 12.");
            }
            return new Month(year, number);
        }
        Matcher quarter = QUARTER.matcher(normalised);
        if (quarter.matches()) {
            int year = supportedYear(input, quarter.group(1));
            int number = Integer.parseInt(quarter.group(2));
            if (number < 1 || number > 4) {
                throw InvalidPeriodException.notAPeriod(input, "quarters run from Q1 to Q4.");
            }
            return new FiscalQuarter(year, number, fiscalYearStartMonth);
        }
        throw new InvalidPeriodException("\"" + input + "\" is not a period. " + HOW_TO_WRITE);
    }

    /**
     * The period a key names, refusing one of another cadence: for a URL or an API field that must
     * hold a week, a month or a quarter.
     *
     * @throws InvalidPeriodException with a message for the person who wrote the key
     */
    public static Period parse(String key, Cadence expected, int fiscalYearStartMonth) {
        Period period = parse(key, fiscalYearStartMonth);
        if (period.cadence() != expected) {
            throw new InvalidPeriodException("\"" + key.strip() + "\" is a " + period.cadence().unit() + ", not a "
                    + expected.unit() + ". Use " + example(expected) + " for a " + expected.unit() + ".");
        }
        return period;
    }

    static void requireSupportedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidPeriodException("Cadence handles the years " + FIRST_YEAR + " to " + LAST_YEAR
                    + "; " + year + " is outside them.");
        }
    }

    static void requireFiscalYearStartMonth(int month) {
        // A programming error rather than a typo: the month comes from the company's profile.
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(
                    "The fiscal year starts in a month from 1 (January) to 12 (December), not " + month + ".");
        }
    }

    private static int supportedYear(String input, String digits) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR) {
            throw InvalidPeriodException.notAPeriod(input, "there is no year 0000.");
        }
        return year;
    }

    private static long count(Period from, Period to) {
        // Both start on a period boundary, so whole units between the starts count the periods.
        long unitsBetween = switch (from.cadence()) {
            case WEEKLY -> ChronoUnit.WEEKS.between(from.start(), to.start());
            case MONTHLY -> ChronoUnit.MONTHS.between(from.start(), to.start());
            case QUARTERLY -> ChronoUnit.MONTHS.between(from.start(), to.start()) / 3;
        };
        return unitsBetween + 1;
    }

    private static String example(Cadence cadence) {
        return switch (cadence) {
            case WEEKLY -> "2026-W47";
            case MONTHLY -> "2026-11";
            case QUARTERLY -> "FY2027-Q1";
        };
    }
}
