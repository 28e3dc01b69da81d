package dev.cadence.scorecard;

/** A proposed change to a definition waits, then is approved, rejected or withdrawn. */
enum ProposalState {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
