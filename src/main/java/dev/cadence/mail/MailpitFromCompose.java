package dev.cadence.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.lifecycle.DockerComposeServicesReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Under {@code ./mvnw spring-boot:run} where Docker runs, Spring Boot starts {@code docker-compose.yml}; Spring Boot
 * connects to its PostgreSQL by itself but knows no mail server, so this points {@code spring.mail.host} and
 * {@code spring.mail.port} at the compose file's Mailpit (unless they are set), and the e-mails land in Mailpit's web
 * inbox. Registered in {@code META-INF/spring.factories}, because the event comes before any bean exists; it names
 * Spring Boot's Docker Compose classes only once that event arrives, as they are not in the packaged jar.
 */
public class MailpitFromCompose implements ApplicationListener<ApplicationEvent> {

    static final String READY_EVENT = "org.springframework.boot.docker.compose.lifecycle.DockerComposeServicesReadyEvent";
    static final int SMTP_PORT = 1025;
    static final int WEB_PORT = 8025;

    private static final Log log = LogFactory.getLog(MailpitFromCompose.class);

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event.getClass().getName().equals(READY_EVENT)) {
            Compose.configure(event);
        }
    }

    /** Loaded only when the Docker Compose support is there (it sent the event). */
    static final class Compose {

        static void configure(ApplicationEvent event) {
            DockerComposeServicesReadyEvent ready = (DockerComposeServicesReadyEvent) event;
            ConfigurableEnvironment environment = ((ConfigurableApplicationContext) ready.getSource()).getEnvironment();
            if (environment.containsProperty("spring.mail.host")) {
                return;
            }
            Map<String, Object> properties = mailProperties(ready.getRunningServices());
            if (!properties.isEmpty()) {
                environment.getPropertySources().addFirst(new MapPropertySource("cadenceMailpit", properties));
                log.info("E-mail goes to Mailpit from docker-compose.yml (" + properties.get("spring.mail.host") + ":"
                        + properties.get("spring.mail.port") + "); its inbox: http://localhost:" + WEB_PORT);
            }
        }

        /** {@code spring.mail.host} and {@code spring.mail.port} of the first Mailpit among the services; none without one. */
        static Map<String, Object> mailProperties(List<RunningService> services) {
            Map<String, Object> properties = new LinkedHashMap<>();
            services.stream().filter(s -> s.image().getName().endsWith("mailpit")).findFirst().ifPresent(mailpit -> {
                properties.put("spring.mail.host", mailpit.host());
                properties.put("spring.mail.port", mailpit.ports().get(SMTP_PORT));
            });
            return properties;
        }
    }
}
