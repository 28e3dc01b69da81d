package dev.cadence.demo;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.people.PersonService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's documented API token: read-write, acting as RevOps (Sam Whitaker). Its value is
 * public (in the README), which is why it exists only in demo mode.
 */
@Component
@Profile("!prod")
@Order(15)
class DemoApiToken implements ApplicationRunner {

    static final String VALUE = "cadence-demo-token";

    private final ApiTokenService tokens;
    private final PersonService people;

    DemoApiToken(ApiTokenService tokens, PersonService people) {
        this.tokens = tokens;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        tokens.createDemoTokenIfAbsent(VALUE, "Demo token (public — demo only)", ApiScope.READ_WRITE,
                people.principalOf("revops"));
    }
}
