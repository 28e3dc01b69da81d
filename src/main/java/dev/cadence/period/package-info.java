/**
 * The periods the operating cadence runs on: ISO weeks, calendar months and fiscal quarters, with
 * their keys, labels, arithmetic and parsing. Pure java.time; depends on no other part of Cadence.
 */
package dev.cadence.period;
