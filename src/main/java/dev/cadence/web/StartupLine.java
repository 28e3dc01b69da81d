package dev.cadence.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The one log line an operator looks for: where Cadence answers, and in which mode. */
@Component
class StartupLine {

    private static final Logger log = LoggerFactory.getLogger(StartupLine.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String contextPath = env.getProperty("server.servlet.context-path", "");
        boolean prod = env.matchesProfiles("prod");
        log.info("Cadence is ready on http://localhost:{}{}/ ({})", web.getWebServer().getPort(), contextPath,
                prod ? "production mode" : "demo mode: sign in as ceo / demo");
    }
}
