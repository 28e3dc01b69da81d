package dev.cadence.boardpack;

import java.util.Locale;

/** The PDF's paper: A4 (the default) or US Letter, chosen per pack. */
public enum Paper {
    A4("A4", "A4"),
    LETTER("US Letter", "letter");

    private final String label;
    private final String cssSize;

    Paper(String label, String cssSize) {
        this.label = label;
        this.cssSize = cssSize;
    }

    public String label() {
        return label;
    }

    /** The CSS {@code @page size}. */
    public String cssSize() {
        return cssSize;
    }

    /** The width the page's content has between its margins (18 mm each side), for the running header. */
    public String contentWidth() {
        return this == A4 ? "174mm" : "179.9mm";
    }

    static Paper read(String value) {
        if (value == null) {
            throw new dev.cadence.web.RuleViolationException("paper", "Choose the paper: A4 or US Letter.");
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "A4" -> A4;
            case "LETTER", "US LETTER" -> LETTER;
            default -> throw new dev.cadence.web.RuleViolationException("paper", "Choose the paper: A4 or US Letter.");
        };
    }
}
