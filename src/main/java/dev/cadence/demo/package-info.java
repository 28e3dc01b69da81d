/**
 * The demo company, Brightline Software, loaded at start in demo mode (every profile but
 * {@code prod}) by idempotent code: restarting adds nothing twice. Each feature adds its own part.
 */
package dev.cadence.demo;
