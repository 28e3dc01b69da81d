package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what: the CEO, the CRO and administrators edit the map; everyone but the board writes the log. */
public final class DecisionPermissions {

    private DecisionPermissions() {
    }

    public static boolean canEditRights(CadenceUser user) {
        return user.hasRole(Role.CEO) || user.hasRole(Role.CRO) || user.hasRole(Role.ADMIN);
    }

    public static boolean canWriteLog(CadenceUser user) {
        return !user.readOnly();
    }

    static void requireEditRights(CadenceUser user) {
        if (!canEditRights(user)) {
            throw new AccessDeniedException("Only the CEO, the CRO and administrators change the decision-rights map.");
        }
    }

    static void requireWriteLog(CadenceUser user) {
        if (!canWriteLog(user)) {
            throw new AccessDeniedException("Board members read the decision log; they do not record decisions.");
        }
    }
}
