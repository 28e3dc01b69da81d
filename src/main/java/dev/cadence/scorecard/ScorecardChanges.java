package dev.cadence.scorecard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the scorecard's pages stand: database triggers move {@code scorecard_change.counter} on
 * every write to definitions, targets, values, proposals, segments, the company or people's names
 * and roles — by any writer on any instance (migration V8). A page cached under one counter is
 * still true as long as the counter has not moved.
 */
@Component
class ScorecardChanges {

    private final JdbcTemplate jdbc;

    ScorecardChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counter now: one one-row read. */
    long counter() {
        Long counter = jdbc.queryForObject("select counter from scorecard_change where id = 1", Long.class);
        return counter == null ? -1 : counter;
    }
}
