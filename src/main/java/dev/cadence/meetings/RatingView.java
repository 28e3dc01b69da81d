package dev.cadence.meetings;

/**
 * A closed meeting's rating as one participant sees it: their own score and the participants' average. Who gave which
 * score is not shown, to anyone.
 *
 * @param mine the viewer's own score, or {@code null} when they have not rated it
 * @param average the average of the scores given, or {@code null} when there is none
 */
public record RatingView(long meetingId, Integer mine, Double average, int rated, int participants, boolean canRate) {

    /** "7.5". */
    public String averageLabel() {
        return average == null ? "—" : String.format(java.util.Locale.ENGLISH, "%.1f", average);
    }

    /** 1 to 10, for the rating buttons. */
    public java.util.List<Integer> scores() {
        return java.util.stream.IntStream.rangeClosed(MeetingRating.LOWEST, MeetingRating.HIGHEST).boxed().toList();
    }
}
