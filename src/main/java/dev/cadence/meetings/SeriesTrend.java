package dev.cadence.meetings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether a series' meetings get better: for each of its latest closed meetings (oldest first), the participants'
 * average rating, whether it started and ended on time, how many of the action items it raised were done by their due
 * date, what it carried over for at least the third time, and how many decisions it recorded; and the same over all
 * of them.
 *
 * @param meetings the latest closed meetings, at most {@link #WINDOW}, oldest first
 * @param withRatings whether the viewer sees the ratings (the participants only)
 */
public record SeriesTrend(List<Point> meetings, boolean withRatings) {

    /** How many closed meetings the trend looks back over. */
    public static final int WINDOW = 12;
    /** A meeting that starts up to five minutes after its time, or ends up to five minutes after its planned end, is on time. */
    public static final int GRACE_MINUTES = 5;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /**
     * One closed meeting.
     *
     * @param rating the participants' average rating, or {@code null} (none given, or not shown to the viewer)
     * @param lateMinutes how many minutes after its time it started (negative: early), or {@code null} when it was
     *                    closed without being run live in Cadence (its start is not known)
     * @param overMinutes how many minutes after its planned end it ended, {@code null} likewise
     * @param actionsDue the action items it raised that are done or past their due date (whether they were done in time is known)
     * @param actionsOnTime of those, the ones done by their due date
     * @param carriedOver talking points and action items it carried over from earlier meetings for the third time or more
     */
    public record Point(long meetingId, ZonedDateTime startsAt, Double rating, int ratings, Integer lateMinutes,
                        Integer overMinutes, int actionsRaised, int actionsDue, int actionsOnTime, int carriedOver,
                        int decisions) {

        public String day() {
            return SHORT.format(startsAt);
        }

        public Boolean startedOnTime() {
            return lateMinutes == null ? null : lateMinutes <= GRACE_MINUTES;
        }

        public Boolean endedOnTime() {
            return overMinutes == null ? null : overMinutes <= GRACE_MINUTES;
        }

        /** "80%", or "—" when none is due yet. */
        public String actionsOnTimeLabel() {
            return percent(actionsOnTime, actionsDue);
        }

        public String ratingLabel() {
            return rating == null ? "—" : String.format(Locale.ENGLISH, "%.1f", rating);
        }

        /** "+9 min", "on time", "2 min early". */
        public String lateLabel() {
            return minutes(lateMinutes);
        }

        /** "+14 min" past its planned end, "on time", "8 min early". */
        public String overLabel() {
            return minutes(overMinutes);
        }
    }

    public boolean isEmpty() {
        return meetings.isEmpty();
    }

    /** The average of the meetings' average ratings, or "—". */
    public String averageRating() {
        double[] rated = meetings.stream().map(Point::rating).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        return rated.length == 0 ? "—" : String.format(Locale.ENGLISH, "%.1f", java.util.Arrays.stream(rated).average().orElseThrow());
    }

    /** "9 of 12". */
    public String startedOnTime() {
        return share(meetings.stream().map(Point::startedOnTime).toList());
    }

    public String endedOnTime() {
        return share(meetings.stream().map(Point::endedOnTime).toList());
    }

    /** The action items done by their due date, of those done or due, over all the meetings: "75%". */
    public String actionsOnTime() {
        return percent(meetings.stream().mapToInt(Point::actionsOnTime).sum(), meetings.stream().mapToInt(Point::actionsDue).sum());
    }

    /** Carried over for the third time or more in the latest meeting. */
    public int carriedOverLatest() {
        return meetings.isEmpty() ? 0 : meetings.get(meetings.size() - 1).carriedOver();
    }

    /** "0.8". */
    public String decisionsPerMeeting() {
        return meetings.isEmpty() ? "—" : String.format(Locale.ENGLISH, "%.1f",
                meetings.stream().mapToInt(Point::decisions).average().orElseThrow());
    }

    /** The newest first, as the table lists them. */
    public List<Point> newestFirst() {
        List<Point> newest = new java.util.ArrayList<>(meetings);
        java.util.Collections.reverse(newest);
        return newest;
    }

    // ---- the rating chart: an SVG of CHART_WIDTH × CHART_HEIGHT, scores 1 to 10 bottom to top ----

    public static final int CHART_WIDTH = 480;
    public static final int CHART_HEIGHT = 120;
    private static final int PAD = 12;

    public int chartWidth() {
        return CHART_WIDTH;
    }

    public int chartHeight() {
        return CHART_HEIGHT;
    }

    public int graceMinutes() {
        return GRACE_MINUTES;
    }

    /** The x of each meeting on the chart. */
    public int x(int index) {
        int n = meetings.size();
        return n <= 1 ? CHART_WIDTH / 2 : PAD + index * (CHART_WIDTH - 2 * PAD) / (n - 1);
    }

    /** The y of a score on the chart. */
    public int y(double score) {
        return (int) Math.round(CHART_HEIGHT - PAD - (score - 1) * (CHART_HEIGHT - 2 * PAD) / 9.0);
    }

    /** The polyline through the rated meetings, for {@code <polyline points>}. */
    public String ratingLine() {
        return java.util.stream.IntStream.range(0, meetings.size()).filter(i -> meetings.get(i).rating() != null)
                .mapToObj(i -> x(i) + "," + y(meetings.get(i).rating())).collect(Collectors.joining(" "));
    }

    private static String share(List<Boolean> known) {
        long judged = known.stream().filter(Objects::nonNull).count();
        long yes = known.stream().filter(Boolean.TRUE::equals).count();
        return judged == 0 ? "—" : yes + " of " + judged;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "%";
    }

    private static String minutes(Integer m) {
        if (m == null) {
            return "—";
        }
        if (m == 0) {
            return "on time";
        }
        return m > 0 ? "+" + m + " min" : -m + " min early";
    }
}
