package dev.cadence.experiments;

import java.util.List;

/**
 * The log as filtered, how many run and how many wait for a decision (whatever the filter), and what the filters offer.
 */
public record ExperimentList(List<ExperimentView> experiments, int running, int awaitingDecision, ExperimentOptions options) {

    /** Rows a page of the log shows: those waiting for a decision, running and drafted come first, the ended after them. */
    public static final int PAGE_SIZE = 50;

    /** Page {@code number} (from 1; out of range: the nearest) of the filtered log. */
    public Paged page(int number) {
        int total = experiments.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int n = Math.max(1, Math.min(number, pages));
        int from = (n - 1) * PAGE_SIZE;
        int to = Math.min(total, from + PAGE_SIZE);
        return new Paged(experiments.subList(from, to), n, pages, total == 0 ? 0 : from + 1, to, total);
    }

    /** One page of rows: rows {@code first}–{@code last} of {@code total} (1-based), page {@code number} of {@code pages}. */
    public record Paged(List<ExperimentView> rows, int number, int pages, int first, int last, int total) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }
    }
}
