/**
 * Meetings: series with their participants, schedule and agenda template; each meeting's sections,
 * talking points (shared or private), priorities and entries filled from data; action items that
 * carry over until done; live running, the recap and its PDF. Decisions go to the decision log.
 */
package dev.cadence.meetings;
