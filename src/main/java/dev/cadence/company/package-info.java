/**
 * The one company this installation runs: its name (shown in every page's header) and the first
 * month of its fiscal year.
 */
package dev.cadence.company;
