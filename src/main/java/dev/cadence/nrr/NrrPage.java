package dev.cadence.nrr;

import dev.cadence.people.PersonView;
import java.util.List;

/**
 * The NRR page of a quarter: the snapshot of today, every update with the chart of their path, the quarters offered,
 * the people who may own a component or an account, and what the reader may change.
 */
public record NrrPage(NrrSnapshot snapshot, long quarterVersion, String baselineBy, java.time.Instant baselineAt,
                      List<UpdateView> updates, NrrChart chart, List<String> quarters, List<PersonView> owners,
                      boolean ended, boolean canBaseline, boolean canAssign, boolean canAddAccounts, long me) {

    public boolean owns(ComponentView c) {
        return c.ownerId() != null && c.ownerId() == me;
    }

    public boolean canEdit(AccountView a) {
        return canAddAccounts || a.ownerId() == me;
    }

    /** The updates, newest first, as the table lists them. */
    public List<UpdateView> updatesNewestFirst() {
        List<UpdateView> newest = new java.util.ArrayList<>(updates);
        java.util.Collections.reverse(newest);
        return newest;
    }
}
