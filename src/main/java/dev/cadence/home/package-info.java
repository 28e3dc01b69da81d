/**
 * Home, "this week": what the signed-in person has to do now, gathered from the features' services.
 */
package dev.cadence.home;
