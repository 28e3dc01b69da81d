package dev.cadence.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts the SQL statements sent to the database while something runs: every statement executed
 * through the application's {@code DataSource} — Hibernate's, {@code JdbcTemplate}'s, anyone's, on
 * any thread — as {@link StatementCounting} wraps it in integration tests. A batch counts once (one
 * round trip).
 */
public final class SqlStatements {

    private static volatile List<String> recording;

    private SqlStatements() {
    }

    public interface Action {
        void run() throws Exception;
    }

    /** The number of statements executed while the action ran. */
    public static long countDuring(Action action) throws Exception {
        return during(action).size();
    }

    /** The SQL of the statements executed while the action ran, in order (for a failed budget's message). */
    public static synchronized List<String> during(Action action) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        recording = statements;
        try {
            action.run();
        } finally {
            recording = null;
        }
        return List.copyOf(statements);
    }

    /** Called by the counting connection for every statement it executes. */
    static void executed(String sql) {
        List<String> list = recording;
        if (list != null) {
            list.add(sql);
        }
    }
}
