package dev.cadence.boardpack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pack's sections, in the one order every quarter's pack has. */
public enum PackSection {
    SUMMARY("Summary", "The leadership's headline in one sentence."),
    SCORECARD("Scorecard", "What the scorecard says about the quarter."),
    FORECAST("Forecast vs plan", "How the call landed and how far to trust it."),
    ARR_BRIDGE("ARR bridge and NRR", "What moved ARR and who owns retention."),
    DRIVERS("Value drivers", "Where the plan's assumptions stand."),
    DECISIONS("Decisions of the quarter", "What was decided and what the org heard."),
    EXPERIMENTS("Experiments", "What we learned and what we scale."),
    RISKS("Risks and asks of the board", "What could go wrong, and what we ask of the board.");

    /** The summary's commentary is the leadership's headline: one sentence. */
    static final int HEADLINE_MAX = 300;
    static final int COMMENTARY_MAX = 2000;

    private final String title;
    private final String prompt;

    PackSection(String title, String prompt) {
        this.title = title;
        this.prompt = prompt;
    }

    public String title() {
        return title;
    }

    /** What the commentary box asks for. */
    public String prompt() {
        return prompt;
    }

    /** 1 to 8, as the table of contents numbers them. */
    public int number() {
        return ordinal() + 1;
    }

    /** "1. Summary". */
    public String heading() {
        return number() + ". " + title;
    }

    /** The anchor and address part: {@code summary}, {@code arr-bridge}. */
    public String anchor() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int maxLength() {
        return this == SUMMARY ? HEADLINE_MAX : COMMENTARY_MAX;
    }

    static Optional<PackSection> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.anchor().equals(param)).findFirst();
    }
}
