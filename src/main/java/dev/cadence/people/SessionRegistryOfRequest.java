package dev.cadence.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session registry (the session table, through Spring Session) that answers "is this session ended?" for the
 * request's own session from the session the request already read. Spring Security asks it on every request
 * (ConcurrentSessionFilter), and the session-backed registry read the session from the database a second time to
 * answer: one more transaction, query and deserialization on every page. A session is ended by setting Spring Session's
 * "expired" attribute in it (SessionTerminator, on any node), which the request's own read of the session carries.
 * Everything else (a person's sessions, ending them) goes to the session-backed registry.
 */
final class SessionRegistryOfRequest implements SessionRegistry {

    // What SpringSessionBackedSessionInformation.expireNow() sets (package-private there); SessionStoreIT and
    // PeopleAdminIT fail if it ever differs.
    static final String EXPIRED_ATTRIBUTE = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private final SessionRegistry sessions;

    SessionRegistryOfRequest(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession();
        if (current == null || !current.getId().equals(sessionId)) {
            return sessions.getSessionInformation(sessionId);
        }
        Object principal = current.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                ? context.getAuthentication().getPrincipal() : null;
        if (principal == null) {
            return sessions.getSessionInformation(sessionId);
        }
        SessionInformation information = new SessionInformation(principal, sessionId, new Date(current.getLastAccessedTime()));
        if (Boolean.TRUE.equals(current.getAttribute(EXPIRED_ATTRIBUTE))) {
            information.expireNow();
        }
        return information;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return sessions.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return sessions.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        sessions.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        sessions.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        sessions.removeSessionInformation(sessionId);
    }

    private static HttpSession currentSession() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        return request.getSession(false);
    }
}
