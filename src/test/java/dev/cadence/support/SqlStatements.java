package dev.cadence.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while something runs (statistics are on in tests). */
public final class SqlStatements {

    private SqlStatements() {
    }

    public interface Action {
        void run() throws Exception;
    }

    public static long countDuring(EntityManagerFactory emf, Action action) throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
