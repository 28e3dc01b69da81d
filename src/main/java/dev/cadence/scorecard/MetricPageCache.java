package dev.cadence.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A definition page's data and the parts of it that read the same for everyone (the definition,
 * the chart, the history), rendered, kept until something the page shows changes: one read of the
 * {@link ScorecardChanges} counter per page view tells whether an entry is still true, so an edit,
 * a target, a value or a proposal shows on the next view. Entries are per metric and per day (the
 * chart's periods move); what depends on the viewer (the forms, who may approve or withdraw) is
 * rendered on every view from the cached data, never cached as HTML.
 */
@Component
class MetricPageCache {

    private static final int MAX_ENTRIES = 64;

    record Page(MetricPage data, String summaryHtml, String historyHtml) {
    }

    private record Key(long counter, String metricKey, LocalDate day) {
    }

    private final ScorecardChanges changes;
    private final Clock clock;
    private final Map<Key, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    MetricPageCache(ScorecardChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    Page get(String metricKey, Supplier<Page> render) {
        Key key = new Key(changes.counter(), metricKey, LocalDate.now(clock));
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
