package dev.cadence.experiments;

/** Where an experiment stands: draft → running → concluded, or stopped (from a draft or while running). */
public enum ExperimentStatus {
    DRAFT("Draft"),
    RUNNING("Running"),
    CONCLUDED("Concluded"),
    STOPPED("Stopped");

    private final String label;

    ExperimentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As a filter or a CSS class names it: {@code running}. */
    public String param() {
        return name().toLowerCase();
    }
}
