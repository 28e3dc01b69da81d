package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what with the scorecard: RevOps governs, owners enter values, the board reads. */
final class ScorecardPermissions {

    private ScorecardPermissions() {
    }

    static boolean canGovern(CadenceUser user) {
        return user.hasRole(Role.REVOPS) || user.hasRole(Role.ADMIN);
    }

    /** Everyone signed in may propose a change, except someone who is only a board member. */
    static boolean canPropose(CadenceUser user) {
        return user.roles().stream().anyMatch(r -> r != Role.BOARD);
    }

    static boolean canEnterValues(CadenceUser user, long ownerId) {
        return user.personId() == ownerId || canGovern(user);
    }

    static void requireGovern(CadenceUser user) {
        if (!canGovern(user)) {
            throw new AccessDeniedException("Only RevOps and administrators edit metric definitions.");
        }
    }

    static void requirePropose(CadenceUser user) {
        if (!canPropose(user)) {
            throw new AccessDeniedException("Board members read the scorecard; they do not propose changes.");
        }
    }

    static void requireEnterValues(CadenceUser user, long ownerId) {
        if (!canEnterValues(user, ownerId)) {
            throw new AccessDeniedException("Only the metric's owner, RevOps and administrators enter its values.");
        }
    }
}
