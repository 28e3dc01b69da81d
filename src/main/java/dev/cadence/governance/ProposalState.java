package dev.cadence.governance;

/** A proposal waits (pending), then is approved, rejected or withdrawn, once and for good. */
public enum ProposalState {
    PENDING, APPROVED, REJECTED, WITHDRAWN;

    public boolean decided() {
        return this != PENDING;
    }
}
