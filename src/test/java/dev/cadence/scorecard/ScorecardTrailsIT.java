package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SqlStatements;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link ScorecardService#trails}: every approved metric's company-wide cells over a stretch of time, one per period of
 * its cadence, each judged as the scorecard judges it, in a fixed number of statements (what the board pack reads).
 */
@CadenceIntegrationTest
class ScorecardTrailsIT {

    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;

    @Test
    void everyApprovedMetricHasOneCellPerPeriodAsTheScorecardJudgesIt() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusDays(120);
        List<MetricTrail> trails = scorecard.trails(from, to, ceo);

        assertThat(trails).extracting(t -> t.metric().key())
                .containsExactlyElementsOf(definitions.approved().stream().map(MetricView::key).toList());
        for (MetricTrail t : trails) {
            assertThat(t.cells()).hasSameSizeAs(t.periods());
            assertThat(t.periods().get(0).start()).isBeforeOrEqualTo(from);
            assertThat(t.periods().get(t.periods().size() - 1).end()).isAfterOrEqualTo(to);
            // The values there are, as the scorecard's own read of one metric gives them, with their status.
            List<CellView> own = scorecard.values(t.metric().key(), t.periods().get(0).key(), t.periods().get(t.periods().size() - 1).key(),
                    null, ceo);
            assertThat(t.cells().stream().filter(c -> c.value() != null).toList())
                    .extracting(CellView::periodKey, CellView::value, CellView::status, CellView::target)
                    .containsExactlyElementsOf(own.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.periodKey(), c.value(),
                            c.status(), c.target())).toList());
        }
        CellView latest = trails.get(0).latestOnOrBefore(to);
        assertThat(latest == null || latest.value() != null).isTrue();
        assertThat(trails.stream().flatMap(t -> t.cells().stream()).filter(c -> c.value() != null).map(CellView::periodKey)
                .filter(Objects::nonNull)).isNotEmpty();

        long statements = SqlStatements.countDuring(() -> scorecard.trails(to.minusYears(1), to, ceo));
        assertThat(statements).as("a year of every metric").isLessThanOrEqualTo(6);
        assertThat(Periods.MAX_RANGE).isGreaterThan(53);
    }
}
