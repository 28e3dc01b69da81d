package dev.cadence.meetings;

/** How often a series meets. */
public enum Frequency {
    WEEKLY("Weekly", 1),
    EVERY_TWO_WEEKS("Every two weeks", 2),
    /** On one weekday of each month: the first to fourth, or the last ({@link WeekOfMonth}). */
    MONTHLY("Monthly", 4);

    private final String label;
    private final int roughWeeks;

    Frequency(String label, int roughWeeks) {
        this.label = label;
        this.roughWeeks = roughWeeks;
    }

    public String label() {
        return label;
    }

    /** About how many weeks one cycle lasts: exactly for weekly and every two weeks, four for monthly. */
    int roughWeeks() {
        return roughWeeks;
    }
}
