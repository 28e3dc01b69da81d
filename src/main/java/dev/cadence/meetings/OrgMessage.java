package dev.cadence.meetings;

import java.time.LocalDate;

/** A closed meeting's message to the org: what the company was told, when, by whom, from which series. */
public record OrgMessage(long meetingId, long seriesId, String seriesName, LocalDate day, String message, String writtenBy) {
}
