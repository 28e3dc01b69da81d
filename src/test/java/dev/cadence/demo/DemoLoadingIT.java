package dev.cadence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.support.CadenceIntegrationTest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/** The demo company is loaded at every start: loading it into a database that has it adds nothing and changes nothing. */
@CadenceIntegrationTest
class DemoLoadingIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadingTheDemoAgainAddsNothingAndChangesNothing() throws Exception {
        List<ApplicationRunner> loaders = context.getBeansOfType(ApplicationRunner.class).values().stream()
                .filter(runner -> ClassUtils.getUserClass(runner).getPackageName().equals(DemoCompany.class.getPackageName()))
                .sorted(Comparator.comparingInt(runner -> OrderUtils.getOrder(ClassUtils.getUserClass(runner), Integer.MAX_VALUE)))
                .toList();
        assertThat(loaders).extracting(ClassUtils::getUserClass).contains(DemoCompany.class, DemoApiToken.class,
                DemoScorecard.class, DemoGlossary.class, DemoDecisions.class, DemoMeetings.class);
        Map<String, Long> rowsBefore = rowCounts();
        Map<String, String> contentBefore = fingerprints();
        assertThat(rowsBefore).containsKeys("person", "metric_definition", "metric_value", "glossary_term", "decision_area",
                "decision", "meeting", "agenda_item", "action_item", "api_token", "revinfo");

        for (ApplicationRunner loader : loaders) {
            loader.run(new DefaultApplicationArguments());
        }

        assertThat(rowCounts()).as("rows per table").isEqualTo(rowsBefore);
        assertThat(fingerprints()).as("content per table").isEqualTo(contentBefore);
    }

    /** Every table of the schema but Flyway's, with its number of rows. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables()) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** Every table's whole content as one hash, whatever the order its rows come in. */
    private Map<String, String> fingerprints() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String table : tables()) {
            hashes.put(table, jdbc.queryForObject("select md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), ''))"
                    + " from " + table + " t", String.class));
        }
        return hashes;
    }

    private List<String> tables() {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name", String.class);
    }
}
