package dev.cadence.meetings;

import java.time.Instant;
import java.util.Set;

/**
 * A meeting was closed: published inside the closing transaction, so that a listener's writes (the recap's
 * e-mails in the outbox) are committed with the close or not at all.
 *
 * @param label          "CEO–CRO weekly 1:1 · 24 Nov 2026"
 * @param participantIds the series' participants when it closed
 */
public record MeetingClosed(long meetingId, long seriesId, String label, Set<Long> participantIds, Instant closedAt) {
}
