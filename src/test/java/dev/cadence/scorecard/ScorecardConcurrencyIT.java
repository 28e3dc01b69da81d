package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.Race.Outcome;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two saves of the same definition, term, cell, target or proposal at the same moment, through the pages
 * and the API: one is saved, the other gets what a stale save gets (409 on a page with the other change and
 * its own input kept, 412 from the API), and the version rises once. Never a 500.
 */
@CadenceIntegrationTest
class ScorecardConcurrencyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    GlossaryService glossary;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricTargetRepository targets;
    @Autowired
    PersonService people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    CadenceUser revops;
    CadenceUser cro;
    MetricView metric;
    String thisWeek;

    @BeforeEach
    void aMetricOwnedByTheCro() {
        revops = people.principalOf("revops");
        cro = people.principalOf("cro");
        metric = MetricFixture.metric(definitions, people).key("race").named("Race win rate").ownedBy(cro.personId()).create();
        thisWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).key();
    }

    @Test
    void twoEditsOfOneDefinitionAtOnceSaveOneAndShowTheOtherWhatChangedKeepingTheirInput() throws Exception {
        long version = metric.version();
        List<Outcome> outcomes = Race.requests(mvc, "metric_definition",
                editDefinition(SignIn.demo(mvc, "revops"), "Win rate by Sam", version),
                editDefinition(SignIn.demo(mvc, "admin"), "Win rate by Alex", version));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        MetricView stored = definitions.get(metric.key());
        assertThat(stored.version()).as("one change, one new version").isEqualTo(version + 1);
        String mine = stored.name().equals("Win rate by Sam") ? "Win rate by Alex" : "Win rate by Sam";
        assertThat(refused.body()).contains("Someone saved this definition while you were editing")
                .contains("to &quot;" + stored.name() + "&quot;")
                .as("the refused editor's own input is kept").contains("value=\"" + mine + "\"")
                .as("saving again goes against the version now stored").contains("name=\"version\" value=\"" + stored.version() + "\"");
    }

    @Test
    void twoNewDefinitionsWithOneKeyAtOnceCreateOneAndRefuseTheOtherKeepingItsInput() throws Exception {
        String key = "race-new-" + System.nanoTime() % 100_000_000;
        List<Outcome> outcomes = Race.requests(mvc, "metric_definition",
                newDefinition(SignIn.demo(mvc, "revops"), key, "New by Sam"),
                newDefinition(SignIn.demo(mvc, "admin"), key, "New by Alex"));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        String mine = definitions.get(key).name().equals("New by Sam") ? "New by Alex" : "New by Sam";
        assertThat(refused.body()).contains("Someone else saved the same at the same moment").contains(mine);
    }

    @Test
    void twoEditsOfOneTermAtOnceSaveOneAndShowTheOtherWhatChangedKeepingTheirInput() throws Exception {
        String key = "race-term-" + System.nanoTime() % 100_000_000;
        TermView term = glossary.create(key, new TermSpec("Race term", "A term for one test.", null), GovernanceStatus.APPROVED,
                revops);
        List<Outcome> outcomes = Race.requests(mvc, "glossary_term",
                editTerm(SignIn.demo(mvc, "revops"), key, "Meant by Sam", term.version()),
                editTerm(SignIn.demo(mvc, "admin"), key, "Meant by Alex", term.version()));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        TermView stored = glossary.get(key);
        assertThat(stored.version()).isEqualTo(term.version() + 1);
        String mine = stored.definition().equals("Meant by Sam") ? "Meant by Alex" : "Meant by Sam";
        assertThat(refused.body()).contains("Someone saved this term while you were editing")
                .contains("to &quot;" + stored.definition() + "&quot;").contains(mine);
    }

    @Test
    void twoCorrectionsOfOneCellAtOnceSaveOneAndShowTheOtherTheValueSaved() throws Exception {
        CellView entered = scorecard.enterValue(metric.key(), thisWeek, null, new BigDecimal("20"), null, null, cro);
        List<Outcome> outcomes = Race.requests(mvc, "metric_value",
                enterValue(SignIn.demo(mvc, "cro"), "21", entered.version()),
                enterValue(SignIn.demo(mvc, "revops"), "22", entered.version()));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        CellView stored = scorecard.cell(metric.key(), thisWeek, null, cro);
        assertThat(stored.version()).isEqualTo(entered.version() + 1);
        String mine = stored.value().compareTo(new BigDecimal("21")) == 0 ? "22" : "21";
        assertThat(refused.body()).contains("saved " + stored.formatted()).contains("while you were typing")
                .as("the refused value stays in the editor").contains("value=\"" + mine + "\"");
    }

    @Test
    void twoFirstValuesOfOneCellAtOnceSaveOneAndRefuseTheOther() throws Exception {
        List<Outcome> outcomes = Race.requests(mvc, "metric_value",
                enterValue(SignIn.demo(mvc, "cro"), "31", null), enterValue(SignIn.demo(mvc, "revops"), "32", null));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        CellView stored = scorecard.cell(metric.key(), thisWeek, null, cro);
        assertThat(stored.version()).isZero();
        assertThat(refused.body()).contains("saved " + stored.formatted()).contains("while you were typing");
    }

    @Test
    void twoTargetsForOnePeriodAtOnceLeaveOneTargetAndNoCrash() throws Exception {
        // Targets carry no version: the later of two saves replaces the earlier, and neither crashes.
        List<Outcome> outcomes = Race.requests(mvc, "metric_target",
                setTarget(SignIn.demo(mvc, "revops"), "40"), setTarget(SignIn.demo(mvc, "admin"), "45"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.saved()).as(o.toString()).isTrue());
        assertThat(targets.findByMetricIdOrderByPeriodStartDesc(metric.id())).singleElement()
                .satisfies(t -> assertThat(t.getTarget().stripTrailingZeros().toPlainString()).isIn("40", "45"));
    }

    @Test
    void approvingAndRejectingOneProposalAtOnceDecideItOnceAndRefuseTheOther() throws Exception {
        ProposalView proposal = definitions.propose(metric.key(),
                MetricFixture.metric(definitions, people).named("Race win rate, proposed").ownedBy(cro.personId()).spec(),
                "Clearer name.", cro);
        List<Outcome> outcomes = Race.requests(mvc, List.of("proposal", "metric_definition"),
                post("/metrics/proposals/" + proposal.id() + "/approve").session(SignIn.demo(mvc, "revops")).with(csrf())
                        .param("metric", metric.key()),
                post("/metrics/proposals/" + proposal.id() + "/reject").session(SignIn.demo(mvc, "admin")).with(csrf())
                        .param("metric", metric.key()).param("comment", "Not now."));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 302);
        assertThat(refused.message()).contains("This proposal was").contains("already by");
    }

    @Test
    void twoApiUpdatesOfOneDefinitionAtOnceSaveOneAndAnswerTheOther412() throws Exception {
        String token = "test-race-revops-" + metric.key();
        tokens.createDemoTokenIfAbsent(token, "Race script", ApiScope.READ_WRITE, revops);
        long version = metric.version();
        List<Outcome> outcomes = Race.requests(mvc, "metric_definition",
                putDefinition(token, "API name one", version), putDefinition(token, "API name two", version));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 412);
        assertThat(refused.body()).contains("while you were editing");
        assertThat(definitions.get(metric.key()).version()).isEqualTo(version + 1);
    }

    @Test
    void twoApiPutsOfOneValueAtOnceSaveOneAndAnswerTheOther412() throws Exception {
        String token = "test-race-cro-" + metric.key();
        tokens.createDemoTokenIfAbsent(token, "Race script", ApiScope.READ_WRITE, cro);
        CellView entered = scorecard.enterValue(metric.key(), thisWeek, null, new BigDecimal("20"), null, null, cro);
        List<Outcome> outcomes = Race.requests(mvc, "metric_value",
                putValue(token, "23", entered.version()), putValue(token, "24", entered.version()));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 412);
        assertThat(refused.body()).contains("while you were typing");
        assertThat(scorecard.cell(metric.key(), thisWeek, null, cro).version()).isEqualTo(entered.version() + 1);
    }

    @Test
    void anImportAndACellEntryOfTheSameCellAtOnceNeverCrash() throws Exception {
        String token = "test-race-import-" + metric.key();
        tokens.createDemoTokenIfAbsent(token, "Race import", ApiScope.READ_WRITE, cro);
        List<Outcome> outcomes = Race.requests(mvc, "metric_value",
                post("/api/v1/metrics/values/import").header("Authorization", "Bearer " + token)
                        .contentType("text/csv").content("metric_key,period,value\n" + metric.key() + "," + thisWeek + ",50\n"),
                enterValue(SignIn.demo(mvc, "revops"), "51", null));

        // The import is the system of record (it replaces whatever is stored); the cell's editor saw no value.
        assertThat(outcomes).allSatisfy(o -> assertThat(o.crash()).as(o.toString()).isNull())
                .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(200, 409));
        assertThat(outcomes.get(0).status()).as(outcomes.get(0).toString()).isEqualTo(200);
        assertThat(scorecard.cell(metric.key(), thisWeek, null, cro).value()).isNotNull();
    }

    private RequestBuilder editDefinition(MockHttpSession session, String name, long version) {
        return definition(post("/metrics/" + metric.key()), session, metric.key(), name).param("version", String.valueOf(version));
    }

    private RequestBuilder newDefinition(MockHttpSession session, String key, String name) {
        return definition(post("/metrics"), session, key, name);
    }

    private MockHttpServletRequestBuilder definition(MockHttpServletRequestBuilder request, MockHttpSession session, String key,
                                                     String name) {
        return request.session(session).with(csrf())
                .param("key", key).param("name", name).param("definition", "A metric made for one test")
                .param("calculation", "Counted for the test").param("unit", "PERCENT").param("direction", "HIGHER_IS_BETTER")
                .param("cadence", "WEEKLY").param("ownerId", String.valueOf(cro.personId())).param("indicator", "LEADING")
                .param("lever", "Pipeline").param("dataSource", "Test data").param("atRiskBandPercent", "10")
                .param("displayOrder", "900");
    }

    private RequestBuilder editTerm(MockHttpSession session, String key, String definition, long version) {
        return post("/glossary/" + key).session(session).with(csrf()).param("term", "Race term")
                .param("definition", definition).param("version", String.valueOf(version));
    }

    private RequestBuilder enterValue(MockHttpSession session, String value, Long version) {
        var request = post("/scorecard/cells/" + metric.key() + "/" + thisWeek).header("HX-Request", "true")
                .session(session).with(csrf()).param("value", value);
        return version == null ? request : request.param("version", String.valueOf(version));
    }

    private RequestBuilder setTarget(MockHttpSession session, String target) {
        Period from = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).plus(-4);
        return post("/metrics/" + metric.key() + "/targets").session(session).with(csrf())
                .param("effectiveFrom", from.key()).param("target", target);
    }

    private RequestBuilder putDefinition(String token, String name, long version) {
        return put("/api/v1/metrics/{key}", metric.key()).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "%s", "definition": "A metric made for one test", "calculation": "Counted for the test",
                         "unit": "PERCENT", "direction": "HIGHER_IS_BETTER", "cadence": "WEEKLY", "ownerId": %d,
                         "indicator": "LEADING", "lever": "Pipeline", "segmented": false, "atRiskBandPercent": 10,
                         "dataSource": "Test data", "displayOrder": 900}""".formatted(name, cro.personId()));
    }

    private RequestBuilder putValue(String token, String value, long version) {
        return put("/api/v1/metrics/{key}/values/{period}", metric.key(), thisWeek).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": " + value + "}");
    }
}
