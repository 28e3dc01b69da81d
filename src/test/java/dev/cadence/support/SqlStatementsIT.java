package dev.cadence.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.PersonService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statement budgets count what reaches the database, whoever sends it: Hibernate and JdbcTemplate alike. */
@CadenceIntegrationTest
class SqlStatementsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonService people;

    @Test
    void everyStatementThroughTheDataSourceCountsWhoeverSendsIt() throws Exception {
        List<String> statements = SqlStatements.during(() -> {
            jdbc.queryForObject("select count(*) from person", Long.class);
            jdbc.update("update segment set name = name where id = -1");
            people.findBySignInName("ceo");
        });
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isEqualTo("select count(*) from person");
        assertThat(statements.get(1)).isEqualTo("update segment set name = name where id = -1");
        assertThat(statements.get(2)).as("Hibernate's query").startsWith("select").contains("person");

        assertThat(SqlStatements.countDuring(() -> { })).isZero();
    }
}
