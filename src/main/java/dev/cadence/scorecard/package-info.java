/**
 * The governed revenue scorecard: metric definitions RevOps governs, weekly values, history,
 * import and API.
 */
package dev.cadence.scorecard;
