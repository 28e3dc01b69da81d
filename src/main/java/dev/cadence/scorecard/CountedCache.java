package dev.cadence.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages kept until the scorecard changes: each entry is filed under the {@link ScorecardChanges}
 * counter it was made with (and the day, since current periods move), so one read of the counter per
 * view tells whether an entry is still true. The least recently used entries go first.
 *
 * @param <K> what tells entries apart besides the counter and the day (a segment and a viewer, a metric)
 * @param <V> the page
 */
final class CountedCache<K, V> {

    private static final int MAX_ENTRIES = 64;

    private record Key<K>(long counter, K key, LocalDate day) {
    }

    private final ScorecardChanges changes;
    private final Clock clock;
    private final Map<Key<K>, V> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key<K>, V> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    CountedCache(ScorecardChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    V get(K key, Supplier<V> render) {
        Key<K> filed = new Key<>(changes.counter(), key, LocalDate.now(clock));
        synchronized (entries) {
            V cached = entries.get(filed);
            if (cached != null) {
                return cached;
            }
        }
        // Rendered outside the lock; two concurrent misses render twice, which is harmless.
        V page = render.get();
        synchronized (entries) {
            entries.put(filed, page);
        }
        return page;
    }
}
