package dev.cadence.experiments;

import dev.cadence.web.RuleViolationException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters, each optional: status ({@code draft}, {@code running}, {@code concluded}, {@code stopped}, or
 * {@code awaiting} for concluded without a decision), lever ({@code driver:3:win_rate_mm}, {@code metric:win-rate}),
 * owner (a person's id) and metric (the primary metric or a guardrail's, by key).
 */
public record ExperimentFilter(String status, String lever, Long ownerId, String metric) {

    public static final String AWAITING = "awaiting";

    public static ExperimentFilter none() {
        return new ExperimentFilter(null, null, null, null);
    }

    public ExperimentFilter {
        status = blankToNull(status);
        lever = blankToNull(lever);
        metric = blankToNull(metric);
        String asked = status;
        if (asked != null && !asked.equals(AWAITING)
                && java.util.Arrays.stream(ExperimentStatus.values()).noneMatch(s -> s.param().equals(asked))) {
            throw new RuleViolationException("status", "Filter by status draft, running, concluded, stopped or awaiting (a decision).");
        }
    }

    public boolean any() {
        return status != null || lever != null || ownerId != null || metric != null;
    }

    /** The log's page {@code page} under these filters (only those set), for the pages' links. */
    public String pageLink(int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/experiments");
        if (status != null) {
            link.queryParam("status", status);
        }
        if (lever != null) {
            link.queryParam("lever", lever);
        }
        if (ownerId != null) {
            link.queryParam("owner", ownerId);
        }
        if (metric != null) {
            link.queryParam("metric", metric);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }

    boolean matches(ExperimentView e) {
        if (status != null && !(status.equals(AWAITING) ? e.awaitingDecision() : e.status().param().equals(status))) {
            return false;
        }
        if (lever != null && !lever.equals(e.lever())) {
            return false;
        }
        if (ownerId != null && ownerId != e.ownerId()) {
            return false;
        }
        return metric == null || metric.equals(e.primaryMetricKey()) || e.guardrails().stream().anyMatch(g -> g.metricKey().equals(metric));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
