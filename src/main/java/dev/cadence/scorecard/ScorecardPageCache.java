package dev.cadence.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The scorecard page's data and rendered table, kept until something it shows changes: one read of
 * the {@link ScorecardChanges} counter per page view tells whether an entry is still true. Entries
 * are per viewer (who may enter which cell differs), per segment and per day (the current period
 * moves).
 */
@Component
class ScorecardPageCache {

    private static final int MAX_ENTRIES = 64;

    record Page(ScorecardView view, String tableHtml) {
    }

    private record Key(long counter, String segment, long viewerId, LocalDate day) {
    }

    private final ScorecardChanges changes;
    private final Clock clock;
    private final Map<Key, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ScorecardPageCache(ScorecardChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    Page get(String segment, long viewerId, Supplier<Page> render) {
        Key key = new Key(changes.counter(), segment == null ? "" : segment, viewerId, LocalDate.now(clock));
        synchronized (pages) {
            Page cached = pages.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Rendered outside the lock; two concurrent misses render twice, which is harmless.
        Page page = render.get();
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }
}
