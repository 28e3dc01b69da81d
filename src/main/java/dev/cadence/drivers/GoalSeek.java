package dev.cadence.drivers;

import java.math.BigDecimal;

/**
 * The value of one lever that makes the outcome reach its target, holding the others; or why none can.
 *
 * @param current      the lever's value the seek starts from (the plan's, or the what-if's)
 * @param value        the value found (as formulas see it: a percentage as its fraction), also when it is out of the
 *                     lever's range; {@code null} when no value reaches the target or the outcome does not use the lever
 * @param changeLabel  the change from {@code current}, signed ("+4 pts"), or {@code null}
 */
public record GoalSeek(String leverKey, String leverName, DriverUnit unit, Answer answer, BigDecimal current, String currentLabel,
                       BigDecimal value, String valueLabel, String changeLabel, String sentence) {

    /** What the seek found. */
    public enum Answer {
        /** A value in the lever's range reaches the target. */
        FOUND,
        /** The outcome is at its target already. */
        AT_TARGET,
        /** The value that reaches the target is above what the lever can be (a rate above 100%). */
        ABOVE_RANGE,
        /** The value that reaches the target is below what the lever can be (below zero). */
        BELOW_RANGE,
        /** No value of the lever takes the outcome to the target (it levels off, as under MIN or MAX). */
        UNREACHABLE,
        /** The outcome is not computed from this lever at all. */
        NOT_USED
    }

    /** The lever can close the gap alone. */
    public boolean possible() {
        return answer == Answer.FOUND || answer == Answer.AT_TARGET;
    }

    /** The value as it would be typed into the what-if ("29" for 29%), or {@code null}. */
    public String typedValue() {
        return value == null ? null : unit.typedBack(value);
    }
}
