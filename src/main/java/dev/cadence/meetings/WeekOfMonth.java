package dev.cadence.meetings;

import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Which of a month's weekdays a monthly series meets on. There is no "fifth": most months have only four of a
 * weekday, so a fifth Monday would skip months without saying so; "last" is what people mean by it.
 */
public enum WeekOfMonth {
    FIRST(1, "first"),
    SECOND(2, "second"),
    THIRD(3, "third"),
    FOURTH(4, "fourth"),
    LAST(-1, "last");

    private final int number;
    private final String word;

    WeekOfMonth(int number, String word) {
        this.number = number;
        this.word = word;
    }

    /** As stored: 1 to 4, or -1 for the last. A fifth is refused with what to choose instead. */
    static WeekOfMonth of(int number) {
        for (WeekOfMonth w : values()) {
            if (w.number == number) {
                return w;
            }
        }
        if (number == 5) {
            throw new RuleViolationException("weekOfMonth", "A fifth weekday is in only some months (four or five a year), "
                    + "so the series would skip the others without saying so. Choose the last weekday of the month instead.");
        }
        throw new RuleViolationException("weekOfMonth", "Choose the first, second, third, fourth or last weekday of the month.");
    }

    int number() {
        return number;
    }

    /** "first", "last". */
    public String word() {
        return word;
    }

    /** That weekday of the month: the first Tuesday of December 2026 is the 1st, the last Friday the 25th. */
    LocalDate dayIn(YearMonth month, DayOfWeek weekday) {
        LocalDate first = month.atDay(1);
        return this == LAST ? first.with(TemporalAdjusters.lastInMonth(weekday))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(number, weekday));
    }

    /** "first Tuesday". */
    String label(DayOfWeek weekday) {
        return word + " " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
