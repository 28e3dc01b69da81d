/**
 * Finds the PostgreSQL database before anything else starts: the configured one, Docker Compose's,
 * or the local server (creating the database there), and stops with one clear line when none answers.
 */
package dev.cadence.database;
