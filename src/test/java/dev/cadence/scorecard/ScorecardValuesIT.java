package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.FieldChange;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@CadenceIntegrationTest
class ScorecardValuesIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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
    MetricValueRepository values;
    @Autowired
    History history;

    String key;
    String thisWeek;
    String lastWeek;

    @BeforeEach
    void aWinRateOwnedByTheCroWithATargetOf25() {
        key = "values-test-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        CadenceUser revops = people.principalOf("revops");
        definitions.create(key, new MetricSpec("Test win rate", "Won share", "Won ÷ closed", MetricUnit.PERCENT,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LAGGING,
                "Win rate", true, BigDecimal.TEN, "Salesforce", 900), GovernanceStatus.DRAFT, revops);
        Period current = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        thisWeek = current.key();
        lastWeek = current.previous().key();
        definitions.setTarget(key, current.plus(-20).key(), null, new BigDecimal("25"), revops);
    }

    @Test
    void theOwnerEntersAValueInPlaceAndTheCellComesBackColouredByItsStatus() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(get("/scorecard/cells/" + key + "/" + thisWeek).param("edit", "true").header("HX-Request", "true").session(cro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What changed, why, what it implies")));

        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true").session(cro).with(csrf())
                        .param("value", "26.5").param("narrative", "Two competitive wins in mid-market."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("status-on")))
                .andExpect(content().string(containsString("26.5%")))
                .andExpect(content().string(containsString("Two competitive wins in mid-market.")));

        CellView stored = scorecard.cell(key, thisWeek, null, people.principalOf("cro"));
        assertThat(stored.status()).isEqualTo(MetricStatus.ON_TRACK);
        assertThat(stored.target()).isEqualTo("25%");
        assertThat(stored.enteredBy()).isEqualTo("Daniel Okafor");

        // A correction keeps history and re-colours: 23.5 is within 10% of 25, so at risk.
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true").session(cro).with(csrf())
                        .param("value", "23.5").param("version", String.valueOf(stored.version())))
                .andExpect(content().string(containsString("status-risk")));
        mvc.perform(post("/scorecard/cells/" + key + "/" + lastWeek).header("HX-Request", "true").session(cro).with(csrf())
                        .param("value", "19"))
                .andExpect(content().string(containsString("status-off")));
    }

    @Test
    void aValueSavedOnTheScorecardBringsBackItsWholeRowWithTheMissingFlagGoneAndTheUnitInTheEditor() throws Exception {
        String approved = key + "-on-card";
        definitions.create(approved, new MetricSpec("Test win rate on the card", "Won share", "Won ÷ closed", MetricUnit.PERCENT,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LAGGING,
                "Win rate", true, BigDecimal.TEN, "Salesforce", 901), GovernanceStatus.APPROVED, people.principalOf("revops"));
        // One value so far, last week's: no trend line yet, and this week's value is missing.
        scorecard.enterValue(approved, lastWeek, null, new BigDecimal("20"), null, null, people.principalOf("cro"));
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(get("/scorecard").session(cro))
                .andExpect(content().string(containsString("Test win rate on the card")));
        mvc.perform(get("/scorecard/cells/" + approved + "/" + thisWeek).param("edit", "true").header("HX-Request", "true").session(cro))
                .andExpect(content().string(containsString("Percent (%), like 41.5 or 41.5%")));

        String row = mvc.perform(post("/scorecard/cells/" + approved + "/" + thisWeek).header("HX-Request", "true").session(cro)
                        .with(csrf()).param("value", "26.5"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "closest tr"))
                .andReturn().getResponse().getContentAsString();
        assertThat(row).startsWith("<tr").contains("id=\"" + approved + "\"").contains("26.5%").contains("class=\"sparkline\"")
                .doesNotContain("This period's value is missing");
        assertThat(row.split("cell--saved", -1)).as("the saved cell alone is marked").hasSize(2);
    }

    @Test
    void aCorrectedValueKeepsTheEarlierOneAndWhoEnteredItInItsHistory() throws Exception {
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true")
                        .session(SignIn.demo(mvc, "cro")).with(csrf())
                        .param("value", "26.5").param("narrative", "Two competitive wins in mid-market."))
                .andExpect(status().isOk());
        CellView entered = scorecard.cell(key, thisWeek, null, people.principalOf("revops"));
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true")
                        .session(SignIn.demo(mvc, "revops")).with(csrf()).param("value", "23.5")
                        .param("narrative", "Corrected: one win was booked twice.").param("version", String.valueOf(entered.version())))
                .andExpect(status().isOk());
        assertThat(scorecard.cell(key, thisWeek, null, people.principalOf("revops")).value()).isEqualByComparingTo("23.5");

        long valueId = values.findOne(definitions.get(key).id(), thisWeek, null).orElseThrow().getId();
        List<ChangeSet> kept = history.of(MetricValue.class, valueId, List.of(
                AuditedField.<MetricValue>of("Value", v -> v.getValue().stripTrailingZeros().toPlainString()),
                AuditedField.<MetricValue>of("Narrative", MetricValue::getNarrative),
                AuditedField.<MetricValue>of("Entered by", MetricValue::getEnteredBy)));
        String cro = String.valueOf(people.principalOf("cro").personId());
        String revops = String.valueOf(people.principalOf("revops").personId());
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).satisfies(first -> {
            assertThat(first.kind()).isEqualTo("created");
            assertThat(first.author()).isEqualTo("Daniel Okafor");
            assertThat(first.changes()).contains(new FieldChange("Value", null, "26.5"), new FieldChange("Entered by", null, cro));
        });
        assertThat(kept.get(1)).satisfies(correction -> {
            assertThat(correction.kind()).isEqualTo("changed");
            assertThat(correction.author()).isEqualTo("Sam Whitaker");
            assertThat(correction.changes()).containsExactlyInAnyOrder(new FieldChange("Value", "26.5", "23.5"),
                    new FieldChange("Narrative", "Two competitive wins in mid-market.", "Corrected: one win was booked twice."),
                    new FieldChange("Entered by", cro, revops));
        });
    }

    @Test
    void someoneWhoIsNeitherOwnerNorRevOpsGets403() throws Exception {
        for (String username : new String[] {"ceo", "cmo", "cfo", "vpcs", "board"}) {
            MockHttpSession session = SignIn.demo(mvc, username);
            mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).session(session).with(csrf()).param("value", "30"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/scorecard/cells/" + key + "/" + thisWeek).param("edit", "true").session(session))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).session(SignIn.demo(mvc, "revops")).with(csrf())
                .param("value", "30")).andExpect(status().isOk());
    }

    @Test
    void twoPeopleEnteringTheSameCellDoNotOverwriteEachOther() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        // Both opened the empty cell; RevOps saves first.
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).session(revops).with(csrf())
                .param("value", "24").param("narrative", "From the Salesforce report")).andExpect(status().isOk());
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true").session(cro).with(csrf())
                        .param("value", "27").param("narrative", "My number"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Sam Whitaker saved 24%")))
                .andExpect(content().string(containsString("From the Salesforce report")))
                .andExpect(content().string(containsString("My number")));
        assertThat(scorecard.cell(key, thisWeek, null, people.principalOf("cro")).value()).isEqualByComparingTo("24");
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true").session(cro).with(csrf())
                        .param("value", "about thirty"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("is not a number")));
        mvc.perform(post("/scorecard/cells/" + key + "/2026-W99").header("HX-Request", "true").session(cro).with(csrf()).param("value", "30"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/scorecard/cells/" + key + "/2026-11").header("HX-Request", "true").session(cro).with(csrf()).param("value", "30"))
                .andExpect(status().isUnprocessableEntity());
        String nextWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), 2).next().key();
        mvc.perform(post("/scorecard/cells/" + key + "/" + nextWeek).header("HX-Request", "true").session(cro).with(csrf()).param("value", "30"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("has not started yet")));
        mvc.perform(post("/scorecard/cells/" + key + "/" + thisWeek).header("HX-Request", "true").session(cro).with(csrf())
                        .param("value", "30").param("segment", "atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no segment atlantis")));
        assertThat(scorecard.cell(key, thisWeek, null, people.principalOf("cro")).value()).isNull();
    }

    @Test
    void theDemoScorecardShowsTenApprovedMetricsWithAStory() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        String html = mvc.perform(get("/scorecard").session(ceo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pipeline coverage", "Win rate", "Sales cycle", "Average selling price",
                "Gross revenue churn", "Net revenue retention", "Expansion ARR", "Speed to lead", "MQL → SQL conversion",
                "Ramp time");
        assertThat(html).contains("status-on").contains("status-risk").contains("status-off");
        assertThat(html).contains("value is missing");
        // The story is the demo's own rows', whatever metrics and values other tests added.
        List<String> demoKeys = List.of("pipeline-coverage", "win-rate", "sales-cycle-days", "asp", "gross-churn", "nrr",
                "expansion-arr", "speed-to-lead", "mql-to-sql", "ramp-time");
        List<ScorecardRow> demoRows = scorecard.scorecard(null, people.principalOf("ceo")).sections().stream()
                .flatMap(s -> s.rows().stream()).filter(r -> demoKeys.contains(r.metric().key())).toList();
        assertThat(demoRows).extracting(r -> r.metric().key()).containsExactlyInAnyOrderElementsOf(demoKeys);
        assertThat(demoRows).flatExtracting(ScorecardRow::cells).extracting(CellView::status)
                .contains(MetricStatus.ON_TRACK, MetricStatus.AT_RISK, MetricStatus.OFF_TRACK);
        assertThat(demoRows).anySatisfy(r -> assertThat(r.currentMissing()).isTrue());
        ScorecardView view = scorecard.scorecard("enterprise", people.principalOf("ceo"));
        assertThat(view.segment().name()).isEqualTo("Enterprise");
        ScorecardRow coverage = view.sections().stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.metric().key().equals("pipeline-coverage")).findFirst().orElseThrow();
        assertThat(coverage.cells()).hasSize(ScorecardService.TRAILING_PERIODS);
        assertThat(coverage.cells().get(coverage.cells().size() - 1).status()).isEqualTo(MetricStatus.OFF_TRACK);
        assertThat(definitions.pendingProposals()).anySatisfy(p -> assertThat(p.metricKey()).isEqualTo("mql-to-sql"));
    }
}
