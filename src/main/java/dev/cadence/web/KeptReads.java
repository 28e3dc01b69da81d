package dev.cadence.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a feature's services read for a page, kept until the feature's data changes: each entry is filed
 * under the change counter it was read at (a one-row table that database triggers move on every write to
 * what the pages show, whoever writes) and the day, so one read of the counter per call tells whether an
 * entry is still true. When many ask for the same entry at once (as after every change), one reads and the
 * others wait for it (holding no database connection meanwhile). Reads run in a read-only transaction of
 * their own, or in the caller's when it is read-only, so that an entry holds committed data only; a caller
 * within a transaction that writes is answered from it, uncached, since its own writes may not be
 * committed. Each feature keeps its own, over its own counter.
 */
public final class KeptReads {

    private record Key(long counter, LocalDate day, Object what) {
    }

    private final LongSupplier counter;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    // Futures, so that one caller reads while the others wait; a read that fails is not kept.
    private final AsyncCache<Key, Object> entries;

    /** Entries filed under {@code counter} (read once per call), at most {@code maxEntries} of them. */
    public KeptReads(LongSupplier counter, Clock clock, PlatformTransactionManager transactions, int maxEntries) {
        this.counter = counter;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).buildAsync();
    }

    /**
     * Entries filed under the one-row counter table {@code counterTable} (columns {@code id = 1, counter}, moved by the
     * feature's triggers), at most {@code maxEntries} of them.
     */
    public static KeptReads underCounter(String counterTable, JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
                                         int maxEntries) {
        if (!counterTable.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + counterTable);
        }
        String read = "select counter from " + counterTable + " where id = 1";
        return new KeptReads(() -> {
            Long counter = jdbc.queryForObject(read, Long.class);
            return counter == null ? -1 : counter;
        }, clock, transactions, maxEntries);
    }

    /**
     * The entry for {@code what} (a value: a record of what tells entries apart) as the data stands now,
     * read with {@code read} unless it was read since the last change.
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Object what, Supplier<V> read) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (inTransaction && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // Within a transaction that writes, what it wrote may not be committed: read as it sees things, keep nothing.
            return read.get();
        }
        long now = counter.getAsLong();
        Key key = new Key(now, LocalDate.now(clock), what);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> theirs = entries.asMap().putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return (V) theirs.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException e ? e : failed;
            }
        }
        try {
            // A read-only caller's transaction sees only what is committed (read committed): read in it, rather than
            // holding a second connection for a transaction of our own.
            V value = inTransaction ? read.get() : readOnly.execute(status -> read.get());
            mine.complete(value);
            // Entries filed under an earlier counter will never be asked for again.
            entries.asMap().keySet().removeIf(k -> k.counter() < now);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
