package dev.cadence.people;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session table (Spring Session JDBC, {@link SessionStore}) as Spring Session's filter uses it for one request,
 * with two savings on every signed-in request:
 * <ul>
 *   <li>The session is read once. Spring Security asks the session registry whether it was ended (on every request, by
 *   an administrator on any node: the expired attribute the request's read carries), and when a request ends, the filter
 *   commits the session a second time (it did so already when the response was committed) and asks for the session it
 *   had just saved (spring-session#1731): both now get the one this request read.</li>
 *   <li>Its last access is written at most once a {@link #LAST_ACCESS_PRECISION minute}, not on every request.
 *   A session ends after 12 hours without a request, so a minute's precision changes nothing for it. And a page read no
 *   longer writes: no row lock on the session's row when one person's pages load at once, no commit to flush.</li>
 * </ul>
 * Everything else (attributes, a new id on signing in, ending a session) goes to the table as before.
 */
final class SessionsOfRequest implements FindByIndexNameSessionRepository<SessionsOfRequest.RequestSession> {

    /** How far behind the stored last access of a session may be. */
    static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> table;
    // The session the current request read; present only while the filter serves a request on this thread.
    private final ThreadLocal<Read> reads = new ThreadLocal<>();

    SessionsOfRequest(FindByIndexNameSessionRepository<Session> table) {
        this.table = table;
    }

    /** Starts remembering the session this thread's request reads; returns what {@link #end} restores. */
    Object begin() {
        Read outer = reads.get();
        reads.set(new Read());
        return outer;
    }

    void end(Object outer) {
        if (outer == null) {
            reads.remove();
        } else {
            reads.set((Read) outer);
        }
    }

    @Override
    public RequestSession createSession() {
        return new RequestSession(table.createSession());
    }

    @Override
    public void save(RequestSession session) {
        table.save(session.stored);
    }

    @Override
    public RequestSession findById(String id) {
        Read read = reads.get();
        if (read != null && read.session != null && read.session.getId().equals(id)) {
            return read.session;
        }
        Session stored = table.findById(id);
        RequestSession session = stored == null ? null : new RequestSession(stored);
        if (read != null && session != null) {
            read.session = session;
        }
        return session;
    }

    /** A person's sessions (to list or end them): read from the table, never from the request. */
    @Override
    public Map<String, RequestSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, RequestSession> found = new LinkedHashMap<>();
        table.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, stored) -> found.put(id, new RequestSession(stored)));
        return found;
    }

    @Override
    public void deleteById(String id) {
        table.deleteById(id);
        Read read = reads.get();
        if (read != null && read.session != null && read.session.getId().equals(id)) {
            read.session = null;
        }
    }

    private static final class Read {
        RequestSession session;
    }

    /** A stored session whose last access moves only when it is a minute or more behind. */
    static final class RequestSession implements Session {

        private final Session stored;

        private RequestSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_PRECISION))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
