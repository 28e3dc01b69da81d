package dev.cadence.governance;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who takes part in governed change: RevOps and administrators govern; everyone else but the board proposes. */
public final class GovernanceRoles {

    private GovernanceRoles() {
    }

    /** Edits governed subjects directly and approves or rejects what others propose. */
    public static boolean canGovern(CadenceUser user) {
        return user.hasRole(Role.REVOPS) || user.hasRole(Role.ADMIN);
    }

    /** Everyone signed in may propose a change, except someone who is only a board member. */
    public static boolean canPropose(CadenceUser user) {
        return !user.readOnly();
    }

    static void requireGovern(CadenceUser user) {
        if (!canGovern(user)) {
            throw new AccessDeniedException("Only RevOps and administrators decide on proposed changes.");
        }
    }

    static void requirePropose(CadenceUser user) {
        if (!canPropose(user)) {
            throw new AccessDeniedException("Board members read; they do not propose changes.");
        }
    }
}
