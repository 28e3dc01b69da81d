package dev.cadence.scorecard;

import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The scorecard page's data and rendered table, kept until something it shows changes (see
 * {@link CountedCache}). Entries are per viewer (who may enter which cell differs), per segment and
 * per day (the current period moves).
 */
@Component
class ScorecardPageCache {

    record Page(ScorecardView view, String tableHtml) {
    }

    private record Key(String segment, long viewerId) {
    }

    private final CountedCache<Key, Page> pages;

    ScorecardPageCache(ScorecardChanges changes, Clock clock) {
        this.pages = new CountedCache<>(changes, clock);
    }

    Page get(String segment, long viewerId, Supplier<Page> render) {
        return pages.get(new Key(segment == null ? "" : segment, viewerId), render);
    }
}
