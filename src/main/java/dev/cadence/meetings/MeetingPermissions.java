package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * A meeting is for its participants: they see and run it; administrators may see it (to help, never
 * to read private points). Everyone else, the board included, gets 403 — pages, PDF and API alike.
 */
final class MeetingPermissions {

    private MeetingPermissions() {
    }

    static boolean canSee(MeetingSeries series, CadenceUser user) {
        return series.hasParticipant(user.personId()) || user.hasRole(Role.ADMIN);
    }

    /** A participant, unless only a board member: the board never writes, whatever it takes part in. */
    static boolean canRun(MeetingSeries series, CadenceUser user) {
        return series.hasParticipant(user.personId()) && !user.readOnly();
    }

    static void requireSee(MeetingSeries series, CadenceUser user) {
        if (!canSee(series, user)) {
            throw new AccessDeniedException(series.getName() + " is for its participants only.");
        }
    }

    static void requireRun(MeetingSeries series, CadenceUser user) {
        if (!canRun(series, user)) {
            throw new AccessDeniedException("Only the participants of " + series.getName() + " change its meetings.");
        }
    }
}
