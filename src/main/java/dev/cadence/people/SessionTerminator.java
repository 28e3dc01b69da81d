package dev.cadence.people;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of a person who was deactivated, whose roles changed or whose password was
 * reset, so that the change takes effect at once rather than when the session times out. Sessions
 * are in PostgreSQL, found by the username they were signed in with (a username never changes), so
 * this ends them on every node: each node checks on every request whether its session was ended.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;
    private final PersonRepository people;

    SessionTerminator(SessionRegistry sessions, PersonRepository people) {
        this.sessions = sessions;
        this.people = people;
    }

    @TransactionalEventListener
    void onAccessChanged(PersonAccessChanged change) {
        if (change.exceptActingPersonId() != null && change.exceptActingPersonId() == change.personId()) {
            return; // an administrator editing their own roles keeps working; the change applies at next sign-in
        }
        people.findById(change.personId()).ifPresent(person ->
                sessions.getAllSessions(person.getUsername(), false).forEach(SessionInformation::expireNow));
    }
}
