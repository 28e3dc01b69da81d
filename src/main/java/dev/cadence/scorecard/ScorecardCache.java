package dev.cadence.scorecard;

import dev.cadence.web.KeptReads;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the scorecard's services read for a page, kept by {@link KeptReads} under the {@link ScorecardChanges}
 * counter: an entry stays true until anything the scorecard shows changes, whoever wrote.
 */
@Component
class ScorecardCache {

    private static final int MAX_ENTRIES = 256;

    private final KeptReads kept;

    ScorecardCache(ScorecardChanges changes, Clock clock, PlatformTransactionManager transactions) {
        this.kept = new KeptReads(changes::counter, clock, transactions, MAX_ENTRIES);
    }

    /** The entry for {@code what} as the scorecard stands now; see {@link KeptReads#get}. */
    <V> V get(Object what, Supplier<V> read) {
        return kept.get(what, read);
    }
}
