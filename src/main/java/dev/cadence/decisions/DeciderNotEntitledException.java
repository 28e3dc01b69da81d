package dev.cadence.decisions;

import dev.cadence.web.RuleViolationException;

/**
 * The decider does not hold Decide for the decision's area on the map, and no reason was given for
 * deciding anyway. Nothing was saved; giving an override reason lets the decision through.
 */
public class DeciderNotEntitledException extends RuleViolationException {

    public DeciderNotEntitledException(String message) {
        super("overrideReason", message);
    }
}
