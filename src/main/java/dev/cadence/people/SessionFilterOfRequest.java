package dev.cadence.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SessionsOfRequest} under Spring Session's filter. Spring Boot builds the filter on the JDBC repository
 * itself and backs off entirely when another session repository is defined, so the filter it made is replaced by one on
 * the same table and the same cookie (Spring Boot's cookie serializer, from {@code server.servlet.session.cookie.*}).
 */
@Component
class SessionFilterOfRequest implements BeanPostProcessor {

    private final ObjectProvider<JdbcIndexedSessionRepository> table;
    private final ObjectProvider<CookieSerializer> cookies;

    SessionFilterOfRequest(ObjectProvider<JdbcIndexedSessionRepository> table, ObjectProvider<CookieSerializer> cookies) {
        this.table = table;
        this.cookies = cookies;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof Replacement) {
            return bean;
        }
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookies.getObject());
        Replacement filter = new Replacement(new SessionsOfRequest((SessionRepository<Session>) (SessionRepository) table.getObject()));
        filter.setHttpSessionIdResolver(resolver);
        return filter;
    }

    private static final class Replacement extends SessionRepositoryFilter<SessionsOfRequest.RequestSession> {

        private final SessionsOfRequest sessions;

        Replacement(SessionsOfRequest sessions) {
            super(sessions);
            this.sessions = sessions;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Object outer = sessions.begin();
            try {
                super.doFilterInternal(request, response, chain);
            } finally {
                sessions.end(outer);
            }
        }
    }
}
