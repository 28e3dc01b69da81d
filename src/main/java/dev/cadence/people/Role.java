package dev.cadence.people;

import java.util.Collection;

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

    /**
     * Whether someone holding these roles only reads: a board member with no other role. Such a person
     * writes nothing anywhere (the security filter chains refuse every write, whatever they own), so
     * they are refused as the owner or participant of anything that needs writing.
     */
    public static boolean readOnly(Collection<Role> roles) {
        return roles.stream().allMatch(role -> role == BOARD);
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
