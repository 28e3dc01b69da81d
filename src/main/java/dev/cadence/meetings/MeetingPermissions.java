package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * A meeting is for its participants: they see and run it; administrators may see it (to help, never
 * to read private points). Everyone else, the board included, gets 403 — pages, PDF and API alike.
 * The CEO, the CRO and administrators set up new series; a series' participants edit, pause and end it.
 * Ratings are the participants' alone: administrators see the series, not how its participants rated it.
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

    /** The CEO, the CRO and administrators start series (for themselves or for others). */
    static boolean canCreateSeries(CadenceUser user) {
        return !user.readOnly() && (user.hasRole(Role.CEO) || user.hasRole(Role.CRO) || user.hasRole(Role.ADMIN));
    }

    /** The participants (never the board) edit a series, its agenda template and its schedule, pause and end it. */
    static boolean canEdit(MeetingSeries series, CadenceUser user) {
        return canRun(series, user);
    }

    /** How the meetings were rated: the participants only (administrators and the board do not see it). */
    static boolean canSeeRatings(MeetingSeries series, CadenceUser user) {
        return series.hasParticipant(user.personId()) && !user.readOnly();
    }

    static void requireCreateSeries(CadenceUser user) {
        if (!canCreateSeries(user)) {
            throw new AccessDeniedException("The CEO, the CRO and administrators set up new meeting series.");
        }
    }

    static void requireEdit(MeetingSeries series, CadenceUser user) {
        if (!canEdit(series, user)) {
            throw new AccessDeniedException("Only the participants of " + series.getName() + " change the series.");
        }
    }

    static void requireRate(MeetingSeries series, CadenceUser user) {
        if (!canSeeRatings(series, user)) {
            throw new AccessDeniedException("Only the participants of " + series.getName() + " rate its meetings and see the ratings.");
        }
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
