package dev.cadence.forecast;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everyone signed in reads the call, its figures and its accuracy, the board included (totals, no deals). The CFO
 * and the CRO set bookings targets; anyone who may write enters a call (with the decider check).
 */
final class ForecastPermissions {

    private ForecastPermissions() {
    }

    static boolean canSetTargets(CadenceUser user) {
        return user.hasRole(Role.CFO) || user.hasRole(Role.CRO);
    }

    static boolean canCall(CadenceUser user) {
        return !user.readOnly();
    }

    static void requireSetTargets(CadenceUser user) {
        if (!canSetTargets(user)) {
            throw new AccessDeniedException("Bookings targets are set by the CFO or the CRO.");
        }
    }

    static void requireCall(CadenceUser user) {
        if (!canCall(user)) {
            throw new AccessDeniedException("The board reads the forecast; it does not enter calls.");
        }
    }
}
