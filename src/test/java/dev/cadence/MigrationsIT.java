package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.support.CadenceIntegrationTest;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The context starts only when Hibernate validates the schema Flyway built ({@code ddl-auto=validate}),
 * so reaching the assertions proves it; they check that every migration file was applied.
 */
@CadenceIntegrationTest
class MigrationsIT {

    @Autowired
    Flyway flyway;

    @Test
    void everyMigrationAppliesToAnEmptyDatabaseAndHibernateValidatesTheSchema() throws IOException {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
        assertThat(files).isPositive();
        assertThat(flyway.info().applied()).hasSize(files)
                .allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
    }
}
