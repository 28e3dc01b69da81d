package dev.cadence.period;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes a range of days the way people read them: "16–22 Nov 2026", "26 Jan – 1 Feb 2026". */
final class DayRange {

    // Cadence's pages are in English; a fixed locale keeps labels the same on every server.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DayRange() {
    }

    /**
     * Says the year and month once when both days share them. The en dash is closed between two
     * day numbers and spaced between longer dates, as style guides ask.
     */
    static String of(LocalDate first, LocalDate last) {
        if (first.getYear() != last.getYear()) {
            return first.format(DAY_MONTH_YEAR) + " – " + last.format(DAY_MONTH_YEAR);
        }
        if (first.getMonth() != last.getMonth()) {
            return first.format(DAY_MONTH) + " – " + last.format(DAY_MONTH_YEAR);
        }
        return first.format(DAY) + "–" + last.format(DAY_MONTH_YEAR);
    }
}
