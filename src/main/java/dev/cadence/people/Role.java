package dev.cadence.people;

/** What a person may do in Cadence. A person holds one or more roles. */
public enum Role {
    CEO("CEO"),
    CRO("CRO"),
    CMO("CMO"),
    CFO("CFO"),
    VP_CS("VP Customer Success"),
    REVOPS("RevOps"),
    BOARD("Board (read-only)"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
