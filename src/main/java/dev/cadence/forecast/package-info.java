/**
 * The forecast call and its accuracy: bookings targets per segment and fiscal quarter, the leader's weekly call
 * beside the CRM's roll-up (from {@code pipeline.PipelineRollups}), and how close past calls came to the quarter's
 * actual bookings.
 */
package dev.cadence.forecast;
