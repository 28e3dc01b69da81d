package dev.cadence.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a deal stands in the forecast, as the CRMs name it: Salesforce's forecast categories (Pipeline,
 * Best Case, Commit, Closed, Omitted) and HubSpot's (Pipeline, Best case, Commit, Closed won, Not forecasted).
 */
public enum ForecastCategory {
    PIPELINE("Pipeline"),
    BEST_CASE("Best case"),
    COMMIT("Commit"),
    CLOSED("Closed"),
    OMITTED("Omitted");

    private static final Map<String, ForecastCategory> NAMES = Map.ofEntries(
            Map.entry("pipeline", PIPELINE),
            Map.entry("best case", BEST_CASE),
            Map.entry("bestcase", BEST_CASE),
            Map.entry("best_case", BEST_CASE),
            Map.entry("upside", BEST_CASE),
            Map.entry("commit", COMMIT),
            Map.entry("commited", COMMIT),
            Map.entry("committed", COMMIT),
            Map.entry("closed", CLOSED),
            Map.entry("closed won", CLOSED),
            Map.entry("closedwon", CLOSED),
            Map.entry("won", CLOSED),
            Map.entry("omitted", OMITTED),
            Map.entry("omit", OMITTED),
            Map.entry("not forecasted", OMITTED),
            Map.entry("not_forecasted", OMITTED));

    private final String label;

    ForecastCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category a CRM's value names, read leniently (case, spaces); empty when it names none. */
    public static Optional<ForecastCategory> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }
}
