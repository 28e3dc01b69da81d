package dev.cadence.pipeline;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a deal's stage means for the forecast: its category and whether the deal is still open, won or lost.
 * A stage the export gives no category for is mapped to one of these once per CRM, and remembered.
 */
public enum StageMeaning {
    PIPELINE("Pipeline", ForecastCategory.PIPELINE, Outcome.OPEN),
    BEST_CASE("Best case", ForecastCategory.BEST_CASE, Outcome.OPEN),
    COMMIT("Commit", ForecastCategory.COMMIT, Outcome.OPEN),
    CLOSED_WON("Closed won", ForecastCategory.CLOSED, Outcome.WON),
    CLOSED_LOST("Closed lost", ForecastCategory.OMITTED, Outcome.LOST),
    OMITTED("Omitted (open, not forecast)", ForecastCategory.OMITTED, Outcome.OPEN);

    /** Stage names that say the deal is lost, whatever its category: "Closed Lost", "closedlost", "Disqualified". */
    private static final Pattern LOST = Pattern.compile("(?i).*\\b(closed\\s*-?\\s*lost|closedlost|lost|disqualified)\\b.*");

    public enum Outcome { OPEN, WON, LOST }

    private final String label;
    private final ForecastCategory category;
    private final Outcome outcome;

    StageMeaning(String label, ForecastCategory category, Outcome outcome) {
        this.label = label;
        this.category = category;
        this.outcome = outcome;
    }

    public String label() {
        return label;
    }

    public ForecastCategory category() {
        return category;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The meaning of a stage whose export states its category: Closed is won; a lost stage is lost. */
    static StageMeaning of(ForecastCategory category, String stage) {
        Outcome outcome = category == ForecastCategory.CLOSED ? Outcome.WON
                : stage != null && LOST.matcher(stage.toLowerCase(Locale.ROOT)).matches() ? Outcome.LOST : Outcome.OPEN;
        return stored(category, outcome);
    }

    /** The meaning a stored deal's category and outcome make: an open deal in Closed or Omitted is omitted. */
    static StageMeaning stored(ForecastCategory category, Outcome outcome) {
        return switch (outcome) {
            case WON -> CLOSED_WON;
            case LOST -> CLOSED_LOST;
            case OPEN -> switch (category) {
                case PIPELINE -> PIPELINE;
                case BEST_CASE -> BEST_CASE;
                case COMMIT -> COMMIT;
                case CLOSED, OMITTED -> OMITTED;
            };
        };
    }
}
