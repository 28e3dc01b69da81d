package dev.cadence.decisions;

import java.time.LocalDate;

/** What the log is filtered by; every part may be null (= no filter). {@code personId} is the decider. */
public record DecisionFilter(DecisionStatus status, Long areaId, Long personId, Long meetingId, LocalDate from,
                             LocalDate to, String text) {

    public static DecisionFilter none() {
        return new DecisionFilter(null, null, null, null, null, null, null);
    }

    public boolean any() {
        return status != null || areaId != null || personId != null || meetingId != null || from != null || to != null
                || (text != null && !text.isBlank());
    }
}
