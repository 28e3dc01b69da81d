package dev.cadence.nrr;

import dev.cadence.web.NotFoundException;
import java.util.Locale;

/** The three moving parts of net revenue retention over a quarter's starting ARR. */
public enum NrrComponent {
    CHURN("Churn", "ARR lost from customers who leave"),
    CONTRACTION("Contraction", "ARR lost from customers who stay but buy less"),
    EXPANSION("Expansion", "ARR added by existing customers: seats, upgrades, cross-sell");

    private final String label;
    private final String meaning;

    NrrComponent(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** {@code churn}: as the component is named in a path. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the component takes ARR away (churn, contraction) rather than adds it. */
    public boolean lessens() {
        return this != EXPANSION;
    }

    static NrrComponent ofParam(String param) {
        for (NrrComponent c : values()) {
            if (c.param().equals(param)) {
                return c;
            }
        }
        throw new NotFoundException("There is no NRR component \"" + param + "\": it is churn, contraction or expansion.");
    }
}
