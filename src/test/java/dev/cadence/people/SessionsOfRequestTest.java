package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/** What a request reads of the session table: the session once, and its last access moved once a minute. */
class SessionsOfRequestTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final MapSessionRepository table = new MapSessionRepository(new ConcurrentHashMap<>()) {
        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    };
    private final SessionsOfRequest sessions = new SessionsOfRequest(new FindByIndexNameSessionRepository<>() {
        @Override
        public Session createSession() {
            return table.createSession();
        }

        @Override
        public void save(Session session) {
            table.save((MapSession) session);
        }

        @Override
        public Session findById(String id) {
            return table.findById(id);
        }

        @Override
        public void deleteById(String id) {
            table.deleteById(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    });

    @Test
    void withinARequestTheSessionIsReadOnceAndOutsideOneEachTime() {
        String id = stored();

        Object outer = sessions.begin();
        SessionsOfRequest.RequestSession first = sessions.findById(id);
        assertThat(sessions.findById(id)).isSameAs(first);
        sessions.end(outer);
        assertThat(reads).hasValue(1);

        assertThat(sessions.findById(id)).isNotSameAs(first);
        sessions.findById(id);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aSessionEndedOrGivenANewIdIsNotAnsweredFromTheRequestUnderItsOldId() {
        String ended = stored();
        Object outer = sessions.begin();
        sessions.findById(ended);
        sessions.deleteById(ended);
        assertThat(sessions.findById(ended)).isNull();
        sessions.end(outer);

        String renamed = stored();
        outer = sessions.begin();
        SessionsOfRequest.RequestSession session = sessions.findById(renamed);
        session.changeSessionId();
        // Asked for by its old id (as the filter does when the request ends), it is read from the table again.
        assertThat(sessions.findById(renamed)).isNotSameAs(session);
        sessions.end(outer);
    }

    @Test
    void theLastAccessMovesOnlyWhenItIsAMinuteOrMoreBehind() {
        SessionsOfRequest.RequestSession session = sessions.findById(stored());
        Instant last = session.getLastAccessedTime();

        session.setLastAccessedTime(last.plusSeconds(59));
        assertThat(session.getLastAccessedTime()).isEqualTo(last);

        session.setLastAccessedTime(last.plus(SessionsOfRequest.LAST_ACCESS_PRECISION));
        assertThat(session.getLastAccessedTime()).isEqualTo(last.plus(SessionsOfRequest.LAST_ACCESS_PRECISION));
    }

    private String stored() {
        Session session = table.createSession();
        table.save((MapSession) session);
        return session.getId();
    }
}
