package dev.cadence.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts the SQL statements sent to the database while something runs: every statement executed
 * through the application's {@code DataSource} — Hibernate's, {@code JdbcTemplate}'s, anyone's, on
 * any thread — as {@link StatementCounting} wraps it in integration tests. A batch counts once (one
 * round trip).
 *
 * <p>A page's budget is about what its feature reads, so {@link #during} and {@link #countDuring}
 * leave out the session store's statements (Spring Session's, on its {@code SPRING_SESSION} tables):
 * every signed-in request pays them alike, whatever the page, and {@code SessionStatementsIT} holds
 * them to their own budget through {@link #sessionStoreDuring}.
 */
public final class SqlStatements {

    private static final String SESSION_TABLE = "SPRING_SESSION";

    private static volatile List<String> recording;

    private SqlStatements() {
    }

    public interface Action {
        void run() throws Exception;
    }

    /** The number of statements the features executed while the action ran. */
    public static long countDuring(Action action) throws Exception {
        return during(action).size();
    }

    /** The SQL of the statements the features executed while the action ran, in order (for a failed budget's message). */
    public static List<String> during(Action action) throws Exception {
        return all(action).stream().filter(sql -> !isSessionStore(sql)).toList();
    }

    /** The SQL of the session store's statements while the action ran, in order. */
    public static List<String> sessionStoreDuring(Action action) throws Exception {
        return all(action).stream().filter(SqlStatements::isSessionStore).toList();
    }

    private static synchronized List<String> all(Action action) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        recording = statements;
        try {
            action.run();
        } finally {
            recording = null;
        }
        return List.copyOf(statements);
    }

    private static boolean isSessionStore(String sql) {
        return sql.contains(SESSION_TABLE);
    }

    /** Called by the counting connection for every statement it executes. */
    static void executed(String sql) {
        List<String> list = recording;
        if (list != null) {
            list.add(sql);
        }
    }
}
