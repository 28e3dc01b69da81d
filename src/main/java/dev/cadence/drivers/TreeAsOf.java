package dev.cadence.drivers;

import java.time.LocalDate;
import java.util.List;

/**
 * A tree as it stood at the end of a day: its outcome at the plan of that day against its target, and the levers whose
 * linked metric (its newest value by that day) was off that day's assumption. What the forecast review's panel shows.
 *
 * @param outcomeLabel the outcome at the plan, or "—" when the tree could not be computed that day ({@code problem})
 */
public record TreeAsOf(long id, String name, String outcomeName, String outcomeLabel, String targetLabel, LocalDate targetDate,
                       String gapDelta, String gapLabel, boolean onTarget, int leverCount, List<OffAssumptionLever> offLevers,
                       String problem) {

    /** "/drivers/3". */
    public String href() {
        return "/drivers/" + id;
    }
}
