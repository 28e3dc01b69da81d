/**
 * What every page shares: flash messages, error pages, the rules that turn a refused action into a
 * readable message, and the startup line. Depends on no feature; every feature may use it.
 */
package dev.cadence.web;
