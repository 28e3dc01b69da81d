package dev.cadence.experiments;

/** What is decided when an experiment has concluded: scale it, iterate on it (test again, changed), or retire it. */
public enum Resolution {
    SCALE("Scale", "Scaled", "Scale"),
    ITERATE("Iterate", "Iterating", "Iterate on"),
    RETIRE("Retire", "Retired", "Retire");

    private final String label;
    private final String done;
    private final String verb;

    Resolution(String label, String done, String verb) {
        this.label = label;
        this.done = done;
        this.verb = verb;
    }

    public String label() {
        return label;
    }

    /** "Scaled", "Iterating", "Retired": the experiment's state once decided. */
    public String done() {
        return done;
    }

    /** "Iterate on" (the experiment): how the decision log words it. */
    public String verb() {
        return verb;
    }

    public String param() {
        return name().toLowerCase();
    }
}
