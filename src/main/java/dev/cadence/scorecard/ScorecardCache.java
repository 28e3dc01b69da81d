package dev.cadence.scorecard;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scorecard's services read for a page, kept until the scorecard changes: each entry is
 * filed under the {@link ScorecardChanges} counter it was read at (and the day, since current periods
 * move), so one read of the counter per call tells whether an entry is still true, whoever wrote.
 * When many ask for the same entry at once (as after every change), one reads and the others wait
 * for it (holding no database connection meanwhile). Reads run in a read-only transaction of their
 * own, so that an entry holds committed data only; a caller within a transaction is answered from
 * it, uncached, since its own writes may not be committed.
 */
@Component
class ScorecardCache {

    private static final int MAX_ENTRIES = 256;

    private record Key(long counter, LocalDate day, Object what) {
    }

    private final ScorecardChanges changes;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    // Futures, so that one caller reads while the others wait; a read that fails is not kept.
    private final AsyncCache<Key, Object> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).buildAsync();

    ScorecardCache(ScorecardChanges changes, Clock clock, PlatformTransactionManager transactions) {
        this.changes = changes;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The entry for {@code what} (a value: a record of what tells entries apart) as the scorecard
     * stands now, read with {@code read} unless it was read since the last change.
     */
    @SuppressWarnings("unchecked")
    <V> V get(Object what, Supplier<V> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Within a transaction, what it wrote may not be committed: read as it sees things, keep nothing.
            return read.get();
        }
        long counter = changes.counter();
        Key key = new Key(counter, LocalDate.now(clock), what);
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
            V value = readOnly.execute(status -> read.get());
            mine.complete(value);
            // Entries filed under an earlier counter will never be asked for again.
            entries.asMap().keySet().removeIf(k -> k.counter() < counter);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
