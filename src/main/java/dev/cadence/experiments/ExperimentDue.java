package dev.cadence.experiments;

import java.time.LocalDate;

/**
 * An experiment a meeting should take up (the GTM council's "experiments due"): running and ending within some days
 * (or past its planned end), or concluded and waiting for its decision.
 *
 * @param daysLeft days from the day asked about to the planned end (negative when past it)
 * @param sentence one line for an agenda: "“Growth bundle” (Daniel Okafor) ends in 5 days"
 */
public record ExperimentDue(long id, String title, long ownerId, String ownerName, ExperimentStatus status, LocalDate plannedEnd,
                            long daysLeft, Reason reason, Verdict verdict, String sentence) {

    public enum Reason {
        ENDING_SOON, PAST_ITS_END, AWAITING_DECISION
    }
}
