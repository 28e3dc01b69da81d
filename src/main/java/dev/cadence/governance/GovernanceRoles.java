package dev.cadence.governance;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/** Who takes part in governed change: RevOps and administrators govern; everyone else but the board proposes. */
public final class GovernanceRoles {

    /** Who governs a kind of subject unless it names others ({@link SubjectKind#governors}). */
    static final Set<Role> GOVERNORS = Set.of(Role.REVOPS, Role.ADMIN);

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

    static void requireGovern(SubjectKind kind, CadenceUser user) {
        if (!kind.governedBy(user)) {
            throw new AccessDeniedException(kind.governors().equals(GOVERNORS)
                    ? "Only RevOps and administrators decide on proposed changes."
                    : "Only " + kind.governorsName() + " decides on proposed changes to the " + kind.noun() + ".");
        }
    }

    static void requirePropose(CadenceUser user) {
        if (!canPropose(user)) {
            throw new AccessDeniedException("Board members read; they do not propose changes.");
        }
    }
}
