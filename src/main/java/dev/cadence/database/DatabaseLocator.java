package dev.cadence.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Decides which PostgreSQL database Cadence uses, before any bean is created:
 * <ol>
 *   <li>{@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL}) when given;</li>
 *   <li>otherwise, where a Docker daemon answers and Spring Boot's Docker Compose support is on the
 *       class path ({@code ./mvnw spring-boot:run}), {@code docker-compose.yml};</li>
 *   <li>otherwise the server on localhost:5432 as {@code postgres}, creating the database
 *       {@code cadence} there when it is missing.</li>
 * </ol>
 * When the chosen database does not answer, start-up stops with one line naming what was tried.
 * Tests switch this off ({@code cadence.database.locate=false}) and bring their own database.
 */
public class DatabaseLocator implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final Log log = LogFactory.getLog(DatabaseLocator.class);
    private static final String COMPOSE_LISTENER = "org.springframework.boot.docker.compose.lifecycle.DockerComposeListener";
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.getProperty("cadence.database.locate", Boolean.class, true)) {
            return;
        }
        List<String> tried = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url");
        String username = env.getProperty("spring.datasource.username", "postgres");
        String password = env.getProperty("spring.datasource.password", "");
        Map<String, Object> chosen = new HashMap<>();
        boolean composeAvailable = ClassUtils.isPresent(COMPOSE_LISTENER, getClass().getClassLoader());

        if (url != null && !url.isBlank()) {
            tried.add("spring.datasource.url " + url);
            check(url, username, password, tried);
        } else {
            tried.add("SPRING_DATASOURCE_URL (not set)");
            Boolean composeWanted = env.getProperty("spring.docker.compose.enabled", Boolean.class);
            if (composeAvailable && (composeWanted == null ? dockerAnswers() : composeWanted)) {
                log.info("Using PostgreSQL from docker-compose.yml (a Docker daemon answers).");
                chosen.put("spring.docker.compose.enabled", true);
                env.getPropertySources().addFirst(new MapPropertySource("cadenceDatabase", chosen));
                return;
            }
            tried.add(composeAvailable ? "Docker Compose (no Docker daemon answered)" : "Docker Compose (not in this build)");
            String localUrl = env.getProperty("cadence.database.local-url", "jdbc:postgresql://localhost:5432/cadence");
            tried.add(localUrl + " as " + username);
            createDatabaseIfMissing(localUrl, username, password, tried);
            check(localUrl, username, password, tried);
            chosen.put("spring.datasource.url", localUrl);
            chosen.put("spring.datasource.username", username);
            chosen.put("spring.datasource.password", password);
        }
        if (composeAvailable) {
            chosen.put("spring.docker.compose.enabled", false);
        }
        env.getPropertySources().addFirst(new MapPropertySource("cadenceDatabase", chosen));
    }

    private static void check(String url, String username, String password, List<String> tried) {
        try (Connection ignored = connect(url, username, password)) {
            // it answers
        } catch (SQLException e) {
            throw unreachable(tried, e);
        }
    }

    private static void createDatabaseIfMissing(String url, String username, String password, List<String> tried) {
        Matcher m = DATABASE_IN_URL.matcher(url);
        if (!m.matches()) {
            return;
        }
        String database = m.group(2);
        try (Connection admin = connect(m.group(1) + "postgres" + m.group(3), username, password);
             PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
                log.info("Created the database " + database + ".");
            }
        } catch (SQLException e) {
            throw unreachable(tried, e);
        }
    }

    private static Connection connect(String url, String username, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url, props);
    }

    private static DatabaseUnreachableException unreachable(List<String> tried, SQLException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new DatabaseUnreachableException("Cadence could not reach PostgreSQL (" + reason + "). Tried: "
                + String.join("; ", tried) + ".");
    }

    private static boolean dockerAnswers() {
        try {
            Process docker = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true).start();
            docker.getOutputStream().close();
            if (!docker.waitFor(5, TimeUnit.SECONDS)) {
                docker.destroyForcibly();
                return false;
            }
            return docker.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
