package dev.cadence.boardpack;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The CEO, the CFO and the CRO write the commentary, finalize a version and start a new one; everyone else but the
 * board reads every version; the board reads final versions only.
 */
final class BoardPackPermissions {

    private BoardPackPermissions() {
    }

    static boolean canWrite(CadenceUser user) {
        return !user.readOnly() && (user.hasRole(Role.CEO) || user.hasRole(Role.CFO) || user.hasRole(Role.CRO));
    }

    static boolean canReadDrafts(CadenceUser user) {
        return !user.readOnly();
    }

    static void requireWrite(CadenceUser user) {
        if (!canWrite(user)) {
            throw new AccessDeniedException("Only the CEO, the CFO and the CRO write the board pack's commentary, finalize it "
                    + "or start a new version.");
        }
    }

    static void requireDraftReader(CadenceUser user, String quarterLabel) {
        if (!canReadDrafts(user)) {
            throw new AccessDeniedException("The board reads final packs only: the pack of " + quarterLabel + " is not final yet.");
        }
    }
}
