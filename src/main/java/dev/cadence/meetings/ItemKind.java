package dev.cadence.meetings;

/** An agenda item: a participant's talking point, one of the top priorities, or an entry filled from data. */
public enum ItemKind {
    TALKING_POINT,
    PRIORITY,
    DATA
}
