package dev.cadence.nrr;

/** How likely an at-risk account is to churn or contract at its renewal. */
public enum Risk {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code high}, as a CSV and the API write it. */
    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
