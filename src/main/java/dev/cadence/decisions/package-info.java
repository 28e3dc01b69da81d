/**
 * Who decides what, and what was decided: the decision-rights map (Decide / Consult / Inform per
 * decision area, agreed, locked, reopened with a reason) and the decision log with its one message
 * to the org. Meetings record their decisions through {@link dev.cadence.decisions.DecisionService}.
 */
package dev.cadence.decisions;
