package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scorecard and a definition page cost the same number of SQL statements for the demo's
 * 10 metrics × 26 weeks as for 12 metrics × 3 segments × 156 weeks.
 */
@CadenceIntegrationTest
class ScorecardStatementsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesIssueABoundedNumberOfStatementsWhateverTheHistory() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        long scorecardSmall = countUncached(cro, "/scorecard");
        long segmentSmall = countUncached(cro, "/scorecard?segment=enterprise");
        long metricSmall = countUncached(cro, "/metrics/pipeline-coverage");
        long definitionsSmall = count(cro, "/metrics");
        long homeSmall = count(cro, "/");

        growToTwelveMetricsWithThreeYearsOfWeeklyHistory();

        assertThat(definitions.approved().size()).isGreaterThanOrEqualTo(12);
        assertThat(countUncached(cro, "/scorecard")).isEqualTo(scorecardSmall).isLessThanOrEqualTo(10);
        assertThat(countUncached(cro, "/scorecard?segment=enterprise")).isEqualTo(segmentSmall).isLessThanOrEqualTo(11);
        assertThat(countUncached(cro, "/metrics/pipeline-coverage")).isEqualTo(metricSmall).isLessThanOrEqualTo(12);
        assertThat(count(cro, "/metrics/pipeline-coverage")).as("read again, from ScorecardCache").isLessThan(metricSmall);
        assertThat(count(cro, "/metrics")).isEqualTo(definitionsSmall).isLessThanOrEqualTo(6);
        // Home reads more than the scorecard (decisions, meetings, the forecast): its budget is home.HomeStatementsIT's.
        assertThat(count(cro, "/")).isEqualTo(homeSmall).isLessThanOrEqualTo(28);
    }

    /**
     * As the first view after any change: the page is read from the database, not from its cache
     * (whatever an earlier test left cached for the same viewer).
     */
    private long countUncached(MockHttpSession session, String url) throws Exception {
        jdbc.update("update segment set name = name");
        return count(session, url);
    }

    private long count(MockHttpSession session, String url) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(get(url).session(session)).andExpect(status().isOk()));
    }

    private void growToTwelveMetricsWithThreeYearsOfWeeklyHistory() {
        CadenceUser revops = people.principalOf("revops");
        long cro = people.principalOf("cro").personId();
        for (int i = 1; i <= 2; i++) {
            String key = "statements-extra-" + i + "-" + System.nanoTime() % 10_000_000;
            definitions.create(key, new MetricSpec("Extra " + key, "An extra metric", "Count", MetricUnit.COUNT,
                    Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, cro, Indicator.LEADING, "Pipeline", true, BigDecimal.TEN,
                    "Test", 990), GovernanceStatus.APPROVED, revops);
        }
        // Three years of weeks, older than the demo's half year, so that the demo's recent story stays as it is.
        List<Period> weeks = Periods.trailing(Cadence.WEEKLY, LocalDate.now(clock).minusWeeks(27), 156,
                company.profile().fiscalYearStartMonth());
        List<String> segments = new ArrayList<>();
        segments.add(null);
        company.segments().stream().map(SegmentView::key).forEach(segments::add);
        List<HistoricValue> history = new ArrayList<>();
        for (MetricView metric : definitions.approved()) {
            if (metric.cadence() != Cadence.WEEKLY) {
                continue;
            }
            for (Period week : weeks) {
                for (String segment : metric.segmented() ? segments : Collections.singletonList((String) null)) {
                    history.add(new HistoricValue(metric.key(), week.key(), segment, BigDecimal.valueOf(week.start().getDayOfYear()),
                            "history", cro, Instant.now(clock)));
                }
            }
        }
        assertThat(scorecard.loadHistory(history)).isGreaterThan(3000);
    }
}
