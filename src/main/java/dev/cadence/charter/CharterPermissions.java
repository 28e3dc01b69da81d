package dev.cadence.charter;

import dev.cadence.governance.GovernanceRoles;
import dev.cadence.people.CadenceUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the charter: everyone signed in reads it, the board included; the CEO edits it and decides on
 * proposed changes ({@link CharterService#CHARTER}'s governors); everyone else but the board proposes.
 */
final class CharterPermissions {

    private CharterPermissions() {
    }

    static boolean canEdit(CadenceUser user) {
        return CharterService.CHARTER.governedBy(user);
    }

    static boolean canPropose(CadenceUser user) {
        return GovernanceRoles.canPropose(user);
    }

    static void requireEdit(CadenceUser user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("Only the CEO edits the GTM charter; propose a change instead.");
        }
    }

    static void requirePropose(CadenceUser user) {
        if (!canPropose(user)) {
            throw new AccessDeniedException("Board members read the GTM charter; they do not propose changes.");
        }
    }
}
