package dev.cadence.decisions;

import java.time.LocalDate;

/**
 * A decision as its author writes it, before the log checks it: what meetings hand to
 * {@link DecisionService#record(DecisionDraft, dev.cadence.people.CadenceUser)}.
 *
 * @param positions      each side's position, written as the other side would summarize it
 * @param decision       what was decided
 * @param areaId         the decision area of the map it falls under, or {@code null}
 * @param meetingId      the meeting it came from, or {@code null}; shown as a link to {@code /meetings/{id}}
 * @param meetingLabel   how that meeting reads ("CEO–CRO 1:1 · 19 Nov 2026")
 * @param message        the unified message to the org: what we decided, why, what changes for you
 * @param overrideReason why the decider decides although the map gives Decide to someone else
 */
public record DecisionDraft(String title, String context, String options, String positions, String decision,
                            String rationale, long deciderId, Long areaId, LocalDate decidedOn, Long meetingId,
                            String meetingLabel, String message, String overrideReason) {
}
