package dev.cadence.people;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of a person who was deactivated, whose roles changed or whose password was
 * reset, so that the change takes effect at once rather than when the session times out.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void onAccessChanged(PersonAccessChanged change) {
        if (change.exceptActingPersonId() != null && change.exceptActingPersonId() == change.personId()) {
            return; // an administrator editing their own roles keeps working; the change applies at next sign-in
        }
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof CadenceUser user && user.personId() == change.personId()) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
