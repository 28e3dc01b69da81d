package dev.cadence.pipeline;

import dev.cadence.web.KeptReads;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the pipeline's pages read, kept by {@link KeptReads} under the {@code pipeline_change} counter: an entry
 * stays true until a snapshot is imported, replaced or derived again, or a segment, the company or an importer's
 * name changes (V20). A page of 5,000 deals costs its queries once per import, not once per view.
 */
@Component
class PipelineCache {

    private static final int MAX_ENTRIES = 512;

    private final KeptReads kept;

    PipelineCache(PipelineStore store, Clock clock, PlatformTransactionManager transactions) {
        this.kept = new KeptReads(store::changeCounter, clock, transactions, MAX_ENTRIES);
    }

    /** The entry for {@code what} as the pipeline stands now; see {@link KeptReads#get}. */
    <V> V get(Object what, Supplier<V> read) {
        return kept.get(what, read);
    }
}
