package dev.cadence.scorecard;

import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A definition page's data and the parts of it that read the same for everyone (the definition,
 * the chart, the history), rendered, kept until something the page shows changes (see
 * {@link CountedCache}): an edit, a target, a value or a proposal shows on the next view. Entries are
 * per metric and per day (the chart's periods move); what depends on the viewer (the forms, who may
 * approve or withdraw) is rendered on every view from the cached data, never cached as HTML.
 */
@Component
class MetricPageCache {

    record Page(MetricPage data, String summaryHtml, String historyHtml) {
    }

    private final CountedCache<String, Page> pages;

    MetricPageCache(ScorecardChanges changes, Clock clock) {
        this.pages = new CountedCache<>(changes, clock);
    }

    Page get(String metricKey, Supplier<Page> render) {
        return pages.get(metricKey, render);
    }
}
