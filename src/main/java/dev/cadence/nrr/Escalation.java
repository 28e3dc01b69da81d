package dev.cadence.nrr;

import java.util.Locale;

/**
 * Where an at-risk account stands: not escalated, escalated up the line (VP CS, then CRO, then CEO), or resolved at
 * its renewal as saved or churned. A resolved account stays on its quarter's list, closed.
 */
public enum Escalation {
    NONE("Not escalated"), VP_CS("Escalated to VP CS"), CRO("Escalated to CRO"), CEO("Escalated to CEO"),
    SAVED("Saved"), CHURNED("Churned");

    private final String label;

    Escalation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == SAVED || this == CHURNED;
    }

    /** {@code vp_cs}, as a CSV or a form writes it. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value as typed in a CSV: {@code none}, {@code vp_cs} (or {@code VP CS}), {@code cro}, {@code ceo}, {@code saved}, {@code churned}; null when none is. */
    static Escalation read(String typed) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        String key = typed.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Escalation e : values()) {
            if (e.name().equals(key) || e.label().equalsIgnoreCase(typed.strip())) {
                return e;
            }
        }
        return null;
    }
}
