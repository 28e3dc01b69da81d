package dev.cadence.drivers;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everyone signed in reads trees, the board too. The CEO, CRO, CFO, RevOps and administrators change the
 * structure (nodes, formulas, owners, baselines, targets, snapshots); a lever's owner changes its assumption and
 * evidence; everyone but the board saves scenarios.
 */
final class DriverPermissions {

    private DriverPermissions() {
    }

    static boolean canEditStructure(CadenceUser user) {
        return !user.readOnly() && (user.hasRole(Role.CEO) || user.hasRole(Role.CRO) || user.hasRole(Role.CFO)
                || user.hasRole(Role.REVOPS) || user.hasRole(Role.ADMIN));
    }

    static boolean canPlan(CadenceUser user, Long ownerId) {
        return canEditStructure(user) || !user.readOnly() && ownerId != null && ownerId == user.personId();
    }

    static boolean canSaveScenario(CadenceUser user) {
        return !user.readOnly();
    }

    static void requireEditStructure(CadenceUser user) {
        if (!canEditStructure(user)) {
            throw new AccessDeniedException("Only the CEO, CRO, CFO, RevOps and administrators change a tree's structure.");
        }
    }

    static void requirePlan(CadenceUser user, Long ownerId, String leverName) {
        if (!canPlan(user, ownerId)) {
            throw new AccessDeniedException("Only the owner of " + leverName
                    + " (or the CEO, CRO, CFO, RevOps and administrators) changes its assumption and evidence.");
        }
    }

    static void requireSaveScenario(CadenceUser user) {
        if (!canSaveScenario(user)) {
            throw new AccessDeniedException("The board reads trees and tries what-ifs, but does not save scenarios.");
        }
    }
}
