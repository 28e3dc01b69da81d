/**
 * Value-driver trees: an outcome computed from the levers teams pull (formulas over node keys, EvalEx),
 * one owner per lever, sensitivity, tornado, goal seek, what-if scenarios and quarterly snapshots.
 */
package dev.cadence.drivers;
