package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.CadenceApplication;
import dev.cadence.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Production mode on an empty database: no demo company, and never without an administrator. */
class ProductionStartupIT {

    @Test
    void refusesToStartWithoutAnAdministrator() {
        String url = TestDatabase.get().createEmptyDatabase();
        assertThatThrownBy(() -> start(url))
                .isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("There is no active administrator and none is configured");
    }

    @Test
    void refusesToStartWithACommonAdministratorPassword() {
        String url = TestDatabase.get().createEmptyDatabase();
        assertThatThrownBy(() -> start(url, "--cadence.admin.email=ops@acme.example", "--cadence.admin.password=Password123"))
                .isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("The administrator from CADENCE_ADMIN_EMAIL was refused")
                .hasMessageContaining("one of the most common passwords");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentAndNoDemoData() {
        String url = TestDatabase.get().createEmptyDatabase();
        try (ConfigurableApplicationContext app = start(url,
                "--cadence.admin.email=ops@acme.example", "--cadence.admin.password=correct-horse-battery")) {
            PersonService people = app.getBean(PersonService.class);
            assertThat(people.everyone()).singleElement().satisfies(admin -> {
                assertThat(admin.email()).isEqualTo("ops@acme.example");
                assertThat(admin.roles()).containsExactly(Role.ADMIN);
            });
            assertThat(people.findBySignInName("ceo")).as("no demo users in prod").isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String url, String... extraArgs) {
        String[] args = new String[extraArgs.length + 6];
        args[0] = "--spring.datasource.url=" + url;
        args[1] = "--spring.datasource.username=" + TestDatabase.get().username();
        args[2] = "--spring.datasource.password=" + TestDatabase.get().password();
        args[3] = "--server.port=0";
        args[4] = "--cadence.database.locate=false";
        args[5] = "--server.servlet.session.cookie.secure=false";
        System.arraycopy(extraArgs, 0, args, 6, extraArgs.length);
        return new SpringApplicationBuilder(CadenceApplication.class).profiles("prod").run(args);
    }
}
