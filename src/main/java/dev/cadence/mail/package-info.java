/**
 * E-mail: each participant's copy of a meeting's recap when it closes, and a daily digest of action items, sent
 * over SMTP from an outbox written in the transaction that makes the e-mail due, with retries and back-off.
 */
package dev.cadence.mail;
