package dev.cadence.home;

/**
 * The forecast call's change since last week, for Home (all segments together), amounts formatted.
 *
 * @param calledThisWeek a call was made for this week of the quarter; when not, only last week's call is shown
 * @param commitChange   "+$120K", "−$80K", "unchanged", or {@code null} without a call the week before
 */
public record ForecastChange(String quarterKey, String quarterLabel, int week, boolean calledThisWeek, String commit,
                             String commitChange, int commitDirection, String bestCase, String bestCaseChange,
                             int bestCaseDirection, String target, String closedWon) {

    public String forecastUrl() {
        return "/forecast?quarter=" + quarterKey;
    }
}
