package dev.cadence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

class DatabaseLocatorTest {

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneLineNamingWhatWasTried() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/cadence")));

        assertThatThrownBy(() -> new DatabaseLocator().initialize(context))
                .isInstanceOf(DatabaseUnreachableException.class)
                .satisfies(failure -> {
                    assertThat(failure.getMessage()).contains("Cadence could not reach PostgreSQL")
                            .contains("spring.datasource.url jdbc:postgresql://127.0.0.1:1/cadence")
                            .doesNotContain("\n");
                    FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("localhost:5432");
                });
    }

    @Test
    void theLocalServerIsTriedAndItsDatabaseNamedWhenNothingIsConfigured() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "cadence.database.local-url", "jdbc:postgresql://127.0.0.1:1/cadence",
                "spring.docker.compose.enabled", "false")));

        assertThatThrownBy(() -> new DatabaseLocator().initialize(context))
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL (not set)")
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/cadence as postgres");
    }

    @Test
    void staysOutOfTheWayWhenSwitchedOff() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "cadence.database.locate", "false", "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/x")));
        new DatabaseLocator().initialize(context);
        assertThat(context.getEnvironment().getPropertySources().contains("cadenceDatabase")).isFalse();
    }
}
