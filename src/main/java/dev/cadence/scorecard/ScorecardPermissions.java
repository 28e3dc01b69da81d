package dev.cadence.scorecard;

import dev.cadence.governance.GovernanceRoles;
import dev.cadence.people.CadenceUser;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what with the scorecard: RevOps governs, owners enter values, the board reads. */
final class ScorecardPermissions {

    private ScorecardPermissions() {
    }

    /** RevOps and administrators govern the definitions and the glossary (see {@link GovernanceRoles}). */
    static boolean canGovern(CadenceUser user) {
        return GovernanceRoles.canGovern(user);
    }

    static boolean canPropose(CadenceUser user) {
        return GovernanceRoles.canPropose(user);
    }

    /** The owner (unless they are a board member with no other role: the board never writes), RevOps, administrators. */
    static boolean canEnterValues(CadenceUser user, long ownerId) {
        return (user.personId() == ownerId && !user.readOnly()) || canGovern(user);
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
