package dev.cadence.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SessionsOfRequest} under Spring Session's filter and Spring Security's session registry. Spring Boot builds
 * the filter on the JDBC repository itself and backs off entirely when another session repository is defined, so
 * {@code SessionsOfRequest} is no bean of its own: this hands out the one instance ({@link #sessions()}), and the filter
 * Boot made is replaced by one on it and the same cookie (Boot's cookie serializer, from
 * {@code server.servlet.session.cookie.*}).
 */
@Component
class SessionFilterOfRequest implements BeanPostProcessor {

    private final ObjectProvider<JdbcIndexedSessionRepository> table;
    private final ObjectProvider<CookieSerializer> cookies;
    private SessionsOfRequest sessions;

    SessionFilterOfRequest(ObjectProvider<JdbcIndexedSessionRepository> table, ObjectProvider<CookieSerializer> cookies) {
        this.table = table;
        this.cookies = cookies;
    }

    /** The session table as requests read it, made on first use (the JDBC repository is a bean like any other). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    synchronized SessionsOfRequest sessions() {
        if (sessions == null) {
            sessions = new SessionsOfRequest((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository) table.getObject());
        }
        return sessions;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof SessionRepositoryFilter<?>)) {
            return bean;
        }
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookies.getObject());
        Replacement filter = new Replacement(sessions());
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
