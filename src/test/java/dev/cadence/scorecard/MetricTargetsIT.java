package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which target a period is judged against: the latest one started by then, for its segment, else the company-wide one. */
@CadenceIntegrationTest
class MetricTargetsIT {

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

    @Test
    void aTargetAppliesFromItsPeriodUntilALaterOneReplacesItCompanyWideOrPerSegment() {
        CadenceUser revops = people.principalOf("revops");
        Period now = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        MetricView metric = MetricFixture.metric(definitions, people).key("targets").named("Target check").segmented()
                .target(now.plus(-10).key(), null, "25")
                .target(now.plus(-4).key(), null, "30")
                .target(now.plus(-6).key(), "enterprise", "40")
                .create();

        // The scorecard shows the trailing 13 weeks, now-12 … now: each cell with the target that applies to it.
        List<String> companyWide = targetsShown(metric.key(), null, revops);
        List<String> enterprise = targetsShown(metric.key(), "enterprise", revops);
        List<String> smb = targetsShown(metric.key(), "smb", revops);
        for (int back = 12; back >= 0; back--) {
            String expected = back > 10 ? null : back > 4 ? "25%" : "30%";
            String forEnterprise = back > 10 ? null : back > 6 ? "25%" : "40%";
            int column = 12 - back;
            assertThat(companyWide.get(column)).as("company-wide, %d weeks ago", back).isEqualTo(expected);
            assertThat(smb.get(column)).as("SMB (no target of its own), %d weeks ago", back).isEqualTo(expected);
            assertThat(enterprise.get(column)).as("enterprise, %d weeks ago", back).isEqualTo(forEnterprise);
        }

        // The same value is judged against the target of its own period: on track against 25, at risk against 30.
        scorecard.enterValue(metric.key(), now.plus(-5).key(), null, new BigDecimal("28"), null, null, revops);
        scorecard.enterValue(metric.key(), now.plus(-4).key(), null, new BigDecimal("28"), null, null, revops);
        assertThat(scorecard.cell(metric.key(), now.plus(-5).key(), null, revops).status()).isEqualTo(MetricStatus.ON_TRACK);
        assertThat(scorecard.cell(metric.key(), now.plus(-4).key(), null, revops).status()).isEqualTo(MetricStatus.AT_RISK);
        assertThat(scorecard.cell(metric.key(), now.plus(-4).key(), null, revops).target()).isEqualTo("30%");
    }

    private List<String> targetsShown(String key, String segment, CadenceUser viewer) {
        ScorecardRow row = scorecard.scorecard(segment, viewer).sections().stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.metric().key().equals(key)).findFirst().orElseThrow();
        assertThat(row.cells()).hasSize(13);
        return row.cells().stream().map(CellView::target).toList();
    }
}
