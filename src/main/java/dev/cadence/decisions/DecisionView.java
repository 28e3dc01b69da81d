package dev.cadence.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision with everything the detail page, the edit form and the API show.
 *
 * @param originUrl   the page of the feature that recorded it (an experiment, a charter version), or {@code null}
 * @param originLabel how the link to it reads
 */
public record DecisionView(long id, String title, String context, String options, String positions, String decision,
                           String rationale, long deciderId, String deciderName, Long areaId, String areaName,
                           LocalDate decidedOn, Long meetingId, String meetingLabel, String message, String overrideReason,
                           DecisionStatus status, Long supersedesId, Long supersededById, int reopenCount,
                           Instant createdAt, String updatedBy, Instant updatedAt, long version, String originUrl,
                           String originLabel) {

    public boolean canBeDecided() {
        return status == DecisionStatus.PROPOSED || status == DecisionStatus.REOPENED;
    }

    public boolean canBeReopened() {
        return status == DecisionStatus.DECIDED;
    }

    public boolean canBeSuperseded() {
        return status == DecisionStatus.DECIDED;
    }

    public boolean editable() {
        return status != DecisionStatus.SUPERSEDED;
    }
}
