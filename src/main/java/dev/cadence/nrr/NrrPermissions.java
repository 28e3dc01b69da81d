package dev.cadence.nrr;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what with the NRR forecast. Everyone signed in reads the totals; the at-risk accounts are customer-level
 * detail, not board material (the board sees their count and ARR only). Finance sets the baseline and the actuals
 * (CFO, RevOps); the CEO, the CRO and administrators name each component's owner; only that owner updates its forecast;
 * Sales and CS leadership (CEO, CRO, VP CS, RevOps, administrators) and an account's own owner edit at-risk accounts.
 */
final class NrrPermissions {

    private NrrPermissions() {
    }

    static boolean canSeeAccounts(CadenceUser user) {
        return !user.readOnly();
    }

    static boolean canSetBaseline(CadenceUser user) {
        return user.hasRole(Role.CFO) || user.hasRole(Role.REVOPS);
    }

    static boolean canAssignOwners(CadenceUser user) {
        return user.hasRole(Role.CEO) || user.hasRole(Role.CRO) || user.hasRole(Role.ADMIN);
    }

    static boolean canEditAccounts(CadenceUser user) {
        return user.hasRole(Role.CEO) || user.hasRole(Role.CRO) || user.hasRole(Role.VP_CS) || user.hasRole(Role.REVOPS)
                || user.hasRole(Role.ADMIN);
    }

    static boolean canEditAccount(CadenceUser user, long ownerId) {
        return !user.readOnly() && (canEditAccounts(user) || user.personId() == ownerId);
    }

    static void requireSeeAccounts(CadenceUser user) {
        if (!canSeeAccounts(user)) {
            throw new AccessDeniedException("At-risk accounts are customer-level detail: the board sees their count and ARR only.");
        }
    }

    static void requireBaseline(CadenceUser user) {
        if (!canSetBaseline(user)) {
            throw new AccessDeniedException("The CFO or RevOps sets a quarter's starting ARR, renewals due and actuals.");
        }
    }

    static void requireAssignOwners(CadenceUser user) {
        if (!canAssignOwners(user)) {
            throw new AccessDeniedException("The CEO, the CRO or an administrator names the owner of an NRR component.");
        }
    }

    static void requireEditAccount(CadenceUser user, long ownerId) {
        if (!canEditAccount(user, ownerId)) {
            throw new AccessDeniedException("At-risk accounts are edited by the CEO, the CRO, the VP CS, RevOps, administrators "
                    + "and the account's owner.");
        }
    }

    static void requireEditAccounts(CadenceUser user) {
        if (!canEditAccounts(user)) {
            throw new AccessDeniedException("At-risk accounts are added by the CEO, the CRO, the VP CS, RevOps and administrators.");
        }
    }
}
