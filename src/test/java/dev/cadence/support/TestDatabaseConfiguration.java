package dev.cadence.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Gives every integration test the database {@link TestDatabase} decided on. Both paths go through
 * the same properties, so the application sees an ordinary PostgreSQL URL either way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        TestDatabase db = TestDatabase.get();
        return registry -> {
            registry.add("spring.datasource.url", db::url);
            registry.add("spring.datasource.username", db::username);
            registry.add("spring.datasource.password", db::password);
        };
    }
}
