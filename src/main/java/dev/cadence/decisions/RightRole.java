package dev.cadence.decisions;

/** A person's part in a decision area: the one who Decides, those Consulted, those Informed. */
public enum RightRole {
    DECIDE("D", "Decide"),
    CONSULT("C", "Consult"),
    INFORM("I", "Inform");

    private final String letter;
    private final String label;

    RightRole(String letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    public String letter() {
        return letter;
    }

    public String label() {
        return label;
    }

    /** Reads "D", "Decide" or "DECIDE" (any case); blank means an empty cell ({@code null}). */
    public static RightRole parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        for (RightRole r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.letter.equalsIgnoreCase(t) || r.label.equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new dev.cadence.web.RuleViolationException("role",
                "\"" + t + "\" is not a part in a decision: use Decide, Consult, Inform or leave the cell empty.");
    }
}
