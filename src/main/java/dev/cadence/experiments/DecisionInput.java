package dev.cadence.experiments;

/**
 * The decision on a concluded experiment as its recorder writes it.
 *
 * @param againstVerdictReason why, when the decision goes against the verdict (required then)
 * @param areaId               the decision-rights area it falls under (the experiment's by default), or {@code null}
 * @param overrideReason       why the decider decides although the map gives Decide to someone else
 * @param message              the message to the org, or {@code null}
 * @param meetingId            the meeting it was taken in (the GTM council), or {@code null}; the recorder must be running it
 * @param meetingLabel         how that meeting reads, when {@code meetingId} is null (the meeting names itself otherwise)
 */
public record DecisionInput(Resolution resolution, String rationale, String againstVerdictReason, Long deciderId, Long areaId,
                            String overrideReason, String message, Long meetingId, String meetingLabel) {
}
