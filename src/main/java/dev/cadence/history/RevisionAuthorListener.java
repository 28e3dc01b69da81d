package dev.cadence.history;

import dev.cadence.people.CadenceUser;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in person (page or API token), or "Cadence" for start-up work. */
class RevisionAuthorListener implements RevisionListener {

    static final String SYSTEM = "Cadence";

    @Override
    public void newRevision(Object revision) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CadenceUser user) {
            ((Revision) revision).setAuthor(user.personId(), user.displayName());
        } else {
            ((Revision) revision).setAuthor(null, SYSTEM);
        }
    }
}
