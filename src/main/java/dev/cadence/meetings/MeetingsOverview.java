package dev.cadence.meetings;

import java.util.List;

/**
 * The meetings page: the viewer's series, upcoming meetings and past ones (searched when {@code query} is given).
 *
 * @param maySetUpSeries whether the viewer may set up a new series (the CEO, the CRO, administrators)
 */
public record MeetingsOverview(List<SeriesView> series, List<MeetingSummary> upcoming, List<MeetingSummary> past,
                               String query, int pastLimit, boolean maySetUpSeries) {
}
