package dev.cadence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.Race.Outcome;
import dev.cadence.support.SignIn;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Two people saving the same area or decision at the same moment: one is saved, the other is refused
 * with what the first changed, and the version rises once. Never both "saved", never a 500.
 */
@CadenceIntegrationTest
class DecisionConcurrencyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    ApiTokenService tokens;

    CadenceUser ceo;
    long cro;
    long cfo;
    long cmo;
    long areaId;
    String suffix;

    @BeforeEach
    void aDraftAreaOfItsOwn() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro").personId();
        cfo = people.principalOf("cfo").personId();
        cmo = people.principalOf("cmo").personId();
        suffix = System.nanoTime() % 100_000_000 + "";
        AtomicLong id = new AtomicLong();
        AsPerson.run(ceo, () -> id.set(rights.createArea("Race area " + suffix, null, ceo).id()));
        areaId = id.get();
    }

    @Test
    void twoCellEditsOfOneAreaAtOnceSaveOneAndRefuseTheOtherWithWhatChanged() throws Exception {
        long version = rights.row(areaId).version();
        MockHttpSession maya = SignIn.demo(mvc, "ceo");
        MockHttpSession daniel = SignIn.demo(mvc, "cro");

        List<Outcome> outcomes = Race.requests(mvc, List.of("decision_right", "decision_area"),
                cell(maya, cfo, "CONSULT", version), cell(daniel, cmo, "INFORM", version));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("while you were looking").contains("Your change was not saved");
        AreaRow row = rights.row(areaId);
        assertThat(row.version()).as("one change, one new version").isEqualTo(version + 1);
        assertThat(row.holding(RightRole.CONSULT).size() + row.holding(RightRole.INFORM).size())
                .as("exactly the saved change is stored").isEqualTo(1);
    }

    @Test
    void withoutHtmxTooOneCellEditIsSavedAndTheOtherGoesBackWithTheRefusalNotASavedMessage() throws Exception {
        long version = rights.row(areaId).version();
        List<Outcome> outcomes = Race.requests(mvc, List.of("decision_right", "decision_area"),
                post("/decision-rights/" + areaId + "/cells/" + cfo).session(SignIn.demo(mvc, "ceo")).with(csrf())
                        .param("role", "CONSULT").param("version", String.valueOf(version)),
                post("/decision-rights/" + areaId + "/cells/" + cmo).session(SignIn.demo(mvc, "cro")).with(csrf())
                        .param("role", "INFORM").param("version", String.valueOf(version)));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 302);
        assertThat(refused.flash().kind()).isEqualTo("error");
        assertThat(refused.message()).contains("while you were looking");
        assertThat(outcomes).filteredOn(Outcome::saved).singleElement()
                .satisfies(saved -> assertThat(saved.message()).startsWith("Saved: Race area"));
        assertThat(rights.row(areaId).version()).isEqualTo(version + 1);
    }

    @Test
    void twoApiReplacementsOfOneAreaAtOnceSaveOneAndAnswerTheOther412() throws Exception {
        String token = "test-race-cro-" + suffix;
        tokens.createDemoTokenIfAbsent(token, "CRO race script", ApiScope.READ_WRITE, people.principalOf("cro"));
        long version = rights.row(areaId).version();

        List<Outcome> outcomes = Race.requests(mvc, List.of("decision_right", "decision_area"),
                putArea(token, version, cro), putArea(token, version, cfo));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 412);
        assertThat(refused.body()).contains("changed Race area " + suffix).contains("while you were looking");
        assertThat(rights.row(areaId).version()).isEqualTo(version + 1);
    }

    @Test
    void twoNewAreasWithOneNameAtOnceCreateOneAndRefuseTheOther() throws Exception {
        String name = "Race new area " + suffix;
        List<Outcome> outcomes = Race.requests(mvc, "decision_area",
                post("/decision-rights").session(SignIn.demo(mvc, "ceo")).with(csrf()).param("name", name),
                post("/decision-rights").session(SignIn.demo(mvc, "cro")).with(csrf()).param("name", name));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("Someone else saved the same at the same moment").contains(name);
        assertThat(rights.summaries()).filteredOn(a -> a.name().equals(name)).hasSize(1);
    }

    @Test
    void twoEditsOfOneDecisionAtOnceSaveOneAndRefuseTheOtherKeepingItsText() throws Exception {
        DecisionSummary proposed = decisions.propose(new DecisionDraft("Race decision " + suffix, null, null, null, null, null,
                ceo.personId(), null, null, null, null, null, null), ceo);
        long version = decisions.get(proposed.id()).version();

        List<Outcome> outcomes = Race.requests(mvc, "decision",
                editDecision(SignIn.demo(mvc, "ceo"), proposed.id(), "Context from Maya " + suffix, version),
                editDecision(SignIn.demo(mvc, "cro"), proposed.id(), "Context from Daniel " + suffix, version));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("while you were editing");
        DecisionView stored = decisions.get(proposed.id());
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(refused.body()).as("the refused editor's own text stays in the form")
                .contains(stored.context().contains("Maya") ? "Context from Daniel " + suffix : "Context from Maya " + suffix);
    }

    private RequestBuilder cell(MockHttpSession session, long personId, String role,
                                                                     long version) {
        return post("/decision-rights/" + areaId + "/cells/" + personId).header("HX-Request", "true")
                .session(session).with(csrf()).param("role", role).param("version", String.valueOf(version));
    }

    private RequestBuilder putArea(String token, long version, long decider) {
        return put("/api/v1/decision-rights/{id}", areaId).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignments\": [{\"personId\": " + decider + ", \"role\": \"DECIDE\"}]}");
    }

    private RequestBuilder editDecision(MockHttpSession session, long id, String context,
                                                                             long version) {
        return post("/decisions/" + id).session(session).with(csrf()).param("intent", "save")
                .param("version", String.valueOf(version)).param("title", "Race decision " + suffix)
                .param("context", context).param("deciderId", String.valueOf(ceo.personId()));
    }
}
