/**
 * The experiment log: experiments with their hypothesis, lever, success criteria and guardrails (locked at the start,
 * changed after only by an amendment with a reason), the scorecard's verdict at the end, and the decision — scale,
 * iterate or retire — recorded in the decision log; the "experiments" meeting panel.
 */
package dev.cadence.experiments;
