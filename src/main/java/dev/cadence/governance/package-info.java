/**
 * Governed change, one way for every feature: someone who may not edit a governed subject (a metric
 * definition, a glossary term, …) proposes a change of some of its fields with a reason; the change
 * waits, pending, until one of the governors approves it (the feature applies it on top of the subject
 * as it is then), rejects it with a comment, or its proposer withdraws it. A proposal made on an older
 * version of its subject is marked as such. Depends on no feature: each feature names its kind of
 * subject, reads its fields as text and applies what is approved.
 */
package dev.cadence.governance;
