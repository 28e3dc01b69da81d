package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.support.CadenceIntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V11 moves every proposal and every reopening into its one table and loses none: a schema of its own
 * is migrated to V9, given rows as the application wrote them then, and migrated on.
 */
@CadenceIntegrationTest
class V11MigrationIT {

    private static final String SCHEMA = "v11_check";

    @Autowired
    DataSource dataSource;

    @AfterEach
    void dropSchema() {
        new JdbcTemplate(dataSource).execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void proposalsAndReopeningsMoveWithTheirFieldsStatesAndIds() throws SQLException {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).target("9").load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("set search_path to " + SCHEMA);
                sql.execute("""
                        insert into person (id, username, email, name, password_hash) values
                            (1, 'cmo', 'cmo@x.example', 'Priya Raman', 'x'), (2, 'revops', 'revops@x.example', 'Sam Whitaker', 'x');
                        insert into metric_definition (id, key, name, definition, calculation, unit, direction, cadence, owner_id,
                                                       indicator, lever, data_source, status, at_risk_band_percent, version)
                            values (5, 'win-rate', 'Win rate', 'Won share', 'Won ÷ all', 'PERCENT', 'HIGHER_IS_BETTER', 'WEEKLY', 1,
                                    'LAGGING', 'Win rate', 'Salesforce', 'APPROVED', 10.00, 3);
                        insert into glossary_term (id, key, term, definition, status, version)
                            values (8, 'pipeline', 'Pipeline', 'Open opportunities', 'APPROVED', 1);
                        insert into metric_proposal (id, metric_id, base_version, proposed_by, rationale, definition, unit,
                                                     owner_id, segmented, at_risk_band_percent, display_order)
                            values (1, 5, 3, 1, 'Say qualified', 'Won share of qualified', 'RATIO', 2, true, 12.50, 7);
                        insert into metric_proposal (id, metric_id, base_version, proposed_by, rationale, lever, state, decided_by,
                                                     decided_at, decision_comment)
                            values (2, 5, 2, 1, 'Rename the lever', 'Conversion', 'REJECTED', 2, now(), 'No');
                        insert into glossary_proposal (id, term_id, base_version, proposed_by, rationale, example, state,
                                                       decided_by, decided_at)
                            values (1, 8, 1, 1, 'An example', 'A Stage 2 deal', 'WITHDRAWN', 1, now());
                        insert into decision_area (id, name, status) values (3, 'Pricing', 'DRAFT');
                        insert into decision (id, title, decider_id, decider_name, status, created_by, created_at, updated_at)
                            values (4, 'Raise prices', 2, 'Sam Whitaker', 'PROPOSED', 2, now(), now());
                        insert into decision_area_reopening (area_id, reason, reopened_by, reopened_by_name, reopened_at)
                            values (3, 'Pricing again', 1, 'Priya Raman', now());
                        insert into decision_reopening (decision_id, reason, reopened_by, reopened_by_name, reopened_at)
                            values (4, 'Prices again', 2, 'Sam Whitaker', now());
                        """);
            } finally {
                try (Statement reset = connection.createStatement()) {
                    reset.execute("reset search_path");
                }
            }
        }
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).load().migrate();

        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            jdbc.execute("set search_path to " + SCHEMA);
            try {
                assertMoved(jdbc);
            } finally {
                jdbc.execute("reset search_path");
            }
        }
    }

    private static void assertMoved(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select id, subject_type, subject_id, metric_id, glossary_term_id, base_version, "
                + "state, decision_comment from proposal order by id")).containsExactly(
                row(1L, "metric", 5L, 5L, null, 3L, "PENDING", null),
                row(2L, "metric", 5L, 5L, null, 2L, "REJECTED", "No"),
                row(3L, "glossary-term", 8L, null, 8L, 1L, "WITHDRAWN", null));
        assertThat(jdbc.queryForList("select proposal_id, field, value from proposal_change order by proposal_id, field"))
                .containsExactly(
                        Map.of("proposal_id", 1L, "field", "atRiskBandPercent", "value", "12.5"),
                        Map.of("proposal_id", 1L, "field", "definition", "value", "Won share of qualified"),
                        Map.of("proposal_id", 1L, "field", "displayOrder", "value", "7"),
                        Map.of("proposal_id", 1L, "field", "ownerId", "value", "2"),
                        Map.of("proposal_id", 1L, "field", "segmented", "value", "true"),
                        Map.of("proposal_id", 1L, "field", "unit", "value", "RATIO"),
                        Map.of("proposal_id", 2L, "field", "lever", "value", "Conversion"),
                        Map.of("proposal_id", 3L, "field", "example", "value", "A Stage 2 deal"));
        assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('proposal', 'id'))", Long.class))
                .as("new proposals are numbered after the moved ones").isEqualTo(4L);
        assertThat(jdbc.queryForList("select area_id, decision_id, reason, reopened_by_name from reopening order by id"))
                .containsExactly(
                        row2(3L, null, "Pricing again", "Priya Raman"),
                        row2(null, 4L, "Prices again", "Sam Whitaker"));
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = ? and "
                + "table_name in ('metric_proposal', 'glossary_proposal', 'decision_area_reopening', 'decision_reopening')",
                String.class, SCHEMA)).isEmpty();
    }

    private static Map<String, Object> row(Object... values) {
        List<String> columns = List.of("id", "subject_type", "subject_id", "metric_id", "glossary_term_id", "base_version",
                "state", "decision_comment");
        return zip(columns, values);
    }

    private static Map<String, Object> row2(Object... values) {
        return zip(List.of("area_id", "decision_id", "reason", "reopened_by_name"), values);
    }

    private static Map<String, Object> zip(List<String> columns, Object[] values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }
}
