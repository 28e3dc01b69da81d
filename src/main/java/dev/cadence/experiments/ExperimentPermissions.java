package dev.cadence.experiments;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everyone signed in reads the log, the board too. Everyone but the board writes an experiment; its owner, whoever
 * wrote it, and the CEO, the CRO, RevOps and administrators run it: edit, start, amend, stop, conclude and record
 * its decision (the decider is then checked against the decision-rights map).
 */
final class ExperimentPermissions {

    private ExperimentPermissions() {
    }

    static boolean canCreate(CadenceUser user) {
        return !user.readOnly();
    }

    static boolean canManage(CadenceUser user, long ownerId, long createdBy) {
        if (user.readOnly()) {
            return false;
        }
        return user.personId() == ownerId || user.personId() == createdBy || user.hasRole(Role.CEO) || user.hasRole(Role.CRO)
                || user.hasRole(Role.REVOPS) || user.hasRole(Role.ADMIN);
    }

    static void requireCreate(CadenceUser user) {
        if (!canCreate(user)) {
            throw new AccessDeniedException("Board members read the experiment log; they do not write experiments.");
        }
    }

    static void requireManage(CadenceUser user, Experiment e) {
        if (!canManage(user, e.getOwnerId(), e.getCreatedBy())) {
            throw new AccessDeniedException("Only the experiment's owner, whoever wrote it, the CEO, the CRO, RevOps and administrators "
                    + "change, start, stop or conclude it and record its decision.");
        }
    }
}
