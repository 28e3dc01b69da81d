package dev.cadence.drivers;

import dev.cadence.web.KeptReads;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A tree's page computed, kept by {@link KeptReads} under the {@code driver_change} counter (V26): an entry stays
 * true until a tree, node, scenario or snapshot changes, or what the page shows of people, segments, the company or
 * the linked metrics' values, whoever wrote. A view of a kept page reads one counter row and computes nothing.
 */
@Component
class DriverCache {

    /** Plans and what-ifs of a few trees (a 200-node tree's page holds a few hundred KB). */
    private static final int MAX_ENTRIES = 64;

    private final KeptReads kept;

    DriverCache(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.kept = KeptReads.underCounter("driver_change", jdbc, clock, transactions, MAX_ENTRIES);
    }

    /** The entry for {@code what} as the drivers stand now; see {@link KeptReads#get}. */
    <V> V get(Object what, Supplier<V> read) {
        return kept.get(what, read);
    }
}
