package dev.cadence.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests use, decided once per JVM: a Testcontainers container where a
 * Docker daemon answers, otherwise the local server on 127.0.0.1:5432 with a fresh database that
 * is dropped when the JVM ends. {@code -Dtest.db=docker|local} forces either. Never H2.
 */
public final class TestDatabase {

    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String LOCAL_USER = System.getProperty("test.db.user", "postgres");
    private static final String LOCAL_PASSWORD = System.getProperty("test.db.password", "");

    private static volatile TestDatabase instance;

    private final PostgreSQLContainer container;
    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(PostgreSQLContainer container, String url, String username, String password) {
        this.container = container;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = useDocker() ? startContainer() : createLocal();
                }
            }
        }
        return instance;
    }

    public static boolean useDocker() {
        String forced = System.getProperty("test.db", "");
        if (forced.equals("local")) {
            return false;
        }
        if (forced.equals("docker")) {
            return true;
        }
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** The container behind the tests' database, or {@code null} on the local server. */
    public PostgreSQLContainer container() {
        return container;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /**
     * Another empty database on the same server, dropped when the JVM ends: for tests that must
     * start Cadence on a database nobody has used (production start-up rules).
     */
    public String createEmptyDatabase() {
        String name = uniqueName();
        execute(serverUrl() + "postgres", "create database " + name);
        dropAtExit(name);
        return serverUrl() + name;
    }

    private String serverUrl() {
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    private static TestDatabase startContainer() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        postgres.start();
        return new TestDatabase(postgres, postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    private static TestDatabase createLocal() {
        String name = uniqueName();
        TestDatabase db = new TestDatabase(null, LOCAL_SERVER + name, LOCAL_USER, LOCAL_PASSWORD);
        db.execute(LOCAL_SERVER + "postgres", "create database " + name);
        db.dropAtExit(name);
        return db;
    }

    private void dropAtExit(String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(serverUrl() + "postgres", "drop database if exists " + name + " with (force)");
            } catch (RuntimeException ignored) {
                // the server went away first; nothing left to clean
            }
        }));
    }

    private void execute(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run \"" + sql + "\" on " + jdbcUrl
                    + ". Is PostgreSQL running on 127.0.0.1:5432 (or Docker)?", e);
        }
    }

    private static String uniqueName() {
        return "cadence_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
    }
}
