package dev.cadence.period;

import java.time.LocalDate;

/**
 * A stretch of calendar days that a number on the scorecard, a forecast call or a meeting belongs
 * to: an {@link IsoWeek}, a {@link Month} or a {@link FiscalQuarter}.
 *
 * <p>Every period has a stable {@linkplain #key() key} for URLs, APIs and storage ({@code 2026-W47},
 * {@code 2026-11}, {@code FY2027-Q1}), a short {@linkplain #label() label} for table headers and a
 * {@linkplain #longLabel() long label} that names its days. Periods are immutable values.
 *
 * <p>Periods are ordered by time: by first day, then by last day (a week before the month that
 * starts on the same day), then by key. Periods of different cadences can therefore sit in one
 * sorted list; the order agrees with {@code equals}.
 */
public sealed interface Period extends Comparable<Period> permits IsoWeek, Month, FiscalQuarter {

    Cadence cadence();

    /** The stable identifier: {@code 2026-W47}, {@code 2026-11} or {@code FY2027-Q1}. */
    String key();

    /** A short label for a table header: {@code W47}, {@code Nov 2026}, {@code Q1 FY27}. */
    String label();

    /** A label that names the days: {@code Week 47, 16–22 Nov 2026}. */
    String longLabel();

    /** The first day of the period. */
    LocalDate start();

    /** The last day of the period, inclusive. */
    LocalDate end();

    /** Whether the day falls within the period, first and last day included. */
    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The period right after this one, of the same cadence. */
    Period next();

    /** The period right before this one, of the same cadence. */
    Period previous();

    /** The period {@code n} periods later (earlier when negative), of the same cadence. */
    Period plus(long n);

    @Override
    default int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        if (byStart != 0) {
            return byStart;
        }
        int byEnd = end().compareTo(other.end());
        if (byEnd != 0) {
            return byEnd;
        }
        // Same days, same cadence: only two fiscal quarters of different fiscal calendars get here,
        // and their keys differ (the same three months are a different quarter of a different year).
        return key().compareTo(other.key());
    }
}
