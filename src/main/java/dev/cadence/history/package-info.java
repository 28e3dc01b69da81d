/**
 * The history of governed things (metric definitions, decision rights, decisions): Hibernate Envers
 * revisions stamped with who made them, read back as readable "field: from → to" change sets.
 */
package dev.cadence.history;
