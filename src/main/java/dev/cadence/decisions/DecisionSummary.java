package dev.cadence.decisions;

import java.time.LocalDate;

/**
 * A decision as lists and other features show it.
 *
 * @param status        {@code PROPOSED}, {@code DECIDED}, {@code REOPENED} or {@code SUPERSEDED}
 * @param statusLabel   the status in words
 * @param reopenCount   how often it was reopened
 * @param meetingLabel  the meeting it came from, as its caller named it
 */
public record DecisionSummary(long id, String title, String status, String areaName, String deciderName,
                              LocalDate decidedOn, Long meetingId, String message, String statusLabel, Long areaId,
                              long deciderId, String meetingLabel, int reopenCount, String outcome) {
}
