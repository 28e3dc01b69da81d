package dev.cadence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL database with the demo company loaded, served on a
 * random port (for browser journeys) and through MockMvc. All such tests share one Spring context
 * and one database, in an order that changes from run to run: a test creates what it asserts on, or
 * asserts only on its own rows, never on what the tests before it left. {@link SqlStatements} counts
 * every statement sent through the {@code DataSource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cadence.database.locate=false")
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, StatementCounting.class, SessionCookies.class})
public @interface CadenceIntegrationTest {
}
