package dev.cadence.people;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer Cadence. The administrator named by
 * {@code CADENCE_ADMIN_EMAIL} / {@code CADENCE_ADMIN_PASSWORD} is created when there is no active
 * administrator yet; in production Cadence refuses to start without any.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final PersonService people;
    private final Environment environment;
    private final String email;
    private final String password;
    private final String name;

    AdministratorBootstrap(PersonService people, Environment environment,
                           @Value("${cadence.admin.email:}") String email,
                           @Value("${cadence.admin.password:}") String password,
                           @Value("${cadence.admin.name:Administrator}") String name) {
        this.people = people;
        this.environment = environment;
        this.email = email.trim();
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.hasActiveAdministrator()) {
            return;
        }
        if (!email.isEmpty() || !password.isEmpty()) {
            if (email.isEmpty() || password.isEmpty()) {
                throw new NoAdministratorException("Only one of CADENCE_ADMIN_EMAIL and CADENCE_ADMIN_PASSWORD is set.");
            }
            try {
                people.addIfAbsent(new PersonDetails(name, email, email, null), EnumSet.of(Role.ADMIN), password);
            } catch (RuntimeException refused) {
                throw new NoAdministratorException("The administrator from CADENCE_ADMIN_EMAIL was refused: "
                        + refused.getMessage());
            }
            log.info("Created the first administrator, {}; they sign in with that e-mail address.", email);
            return;
        }
        if (environment.matchesProfiles("prod")) {
            throw new NoAdministratorException("There is no active administrator and none is configured.");
        }
    }
}
