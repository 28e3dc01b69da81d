package dev.cadence.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.decisions.AreaRow;
import dev.cadence.decisions.DeciderNotEntitledException;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionView;
import dev.cadence.decisions.RightRole;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A charter version the CEO approves is a decision in the decision log, checked against the decision-rights map as every
 * decision is: filed under the charter's area by default (the demo's "GTM charter changes", where the CEO decides),
 * refused with nothing saved under an area whose Decide is someone else's unless the CEO says why; the decision and the
 * version link to each other.
 */
@CadenceIntegrationTest
class CharterDecisionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    CharterService charter;
    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    PersonService people;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anApprovalFromThePageIsADecisionUnderTheCharterAreaLinkedBothWays() throws Exception {
        CadenceUser cmo = people.principalOf("cmo");
        String marker = "Decided " + System.nanoTime();
        CharterProposal proposal = propose(cmo, marker);
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        String page = mvc.perform(get("/charter").session(ceo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Decision area in the log").contains("GTM charter changes — Maya Chen decides");

        long area = charter.charterArea().orElseThrow().id();
        mvc.perform(post("/charter/proposals/{id}/approve", proposal.proposal().id()).session(ceo).with(csrf())
                        .param("comment", "Agreed: " + marker).param("areaId", String.valueOf(area)).param("overrideReason", ""))
                .andExpect(redirectedUrl("/charter"));

        VersionSummary version = charter.history().get(0);
        assertThat(version.proposalId()).isEqualTo(proposal.proposal().id());
        assertThat(version.decisionId()).isNotNull();
        DecisionView decision = decisions.get(version.decisionId());
        assertThat(decision.title()).startsWith("GTM charter version " + version.number() + ": ");
        assertThat(decision.decision()).contains("the charter is now version " + version.number());
        assertThat(decision.rationale()).isEqualTo("Agreed: " + marker);
        assertThat(decision.context()).contains(marker);
        assertThat(decision.deciderName()).isEqualTo("Maya Chen");
        assertThat(decision.areaId()).isEqualTo(area);
        assertThat(decision.overrideReason()).isNull();
        assertThat(decision.originUrl()).isEqualTo("/charter/compare?from=" + (version.number() - 1) + "&to=" + version.number());
        assertThat(decision.originLabel()).isEqualTo("GTM charter version " + version.number());

        MockHttpSession board = SignIn.demo(mvc, "board");
        assertThat(mvc.perform(get("/decisions/{id}", decision.id()).session(board)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Recorded from").contains("href=\"/charter/compare?from=" + (version.number() - 1)
                + "&amp;to=" + version.number() + "\"");
        assertThat(mvc.perform(get("/charter/versions/{n}", version.number()).session(board)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/decisions/" + decision.id() + "\"");
        assertThat(mvc.perform(get("/charter").session(board)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/decisions/" + decision.id() + "\"");
    }

    @Test
    void underAnAreaWhereSomeoneElseDecidesTheApprovalIsRefusedWithNothingSavedUnlessTheCeoSaysWhy() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cmo = people.principalOf("cmo");
        long croDecides = area(people.principalOf("cro").personId());
        String marker = "Override " + System.nanoTime();
        CharterProposal proposal = propose(cmo, marker);
        int before = charter.current().number();

        // From the page: back to the charter with the map's refusal; the proposal still waits, the charter is as it was.
        mvc.perform(post("/charter/proposals/{id}/approve", proposal.proposal().id()).session(SignIn.demo(mvc, "ceo")).with(csrf())
                        .param("comment", "Yes").param("areaId", String.valueOf(croDecides)).param("overrideReason", ""))
                .andExpect(redirectedUrl("/charter"))
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("does not hold Decide"))));
        assertThatThrownBy(() -> AsPerson.run(ceo, () -> charter.approve(proposal.proposal().id(), "Yes", croDecides, null, ceo)))
                .isInstanceOf(DeciderNotEntitledException.class);
        assertThat(charter.current().number()).isEqualTo(before);
        assertThat(charter.page().waiting()).anyMatch(p -> p.proposal().id() == proposal.proposal().id());
        assertThat(jdbc.queryForObject("select count(*) from decision where context like ?", Integer.class, "%" + marker + "%"))
                .as("nothing in the log").isZero();

        AsPerson.run(ceo, () -> charter.approve(proposal.proposal().id(), "Yes", croDecides, "The CRO is away; agreed at the council.", ceo));
        VersionSummary version = charter.history().get(0);
        assertThat(version.number()).isGreaterThan(before);
        DecisionView decision = decisions.get(version.decisionId());
        assertThat(decision.areaId()).isEqualTo(croDecides);
        assertThat(decision.overrideReason()).isEqualTo("The CRO is away; agreed at the council.");
    }

    @Test
    void theCeosCharterPageWithItsApproveFormsReadsAFixedNumberOfStatements() throws Exception {
        CadenceUser cmo = people.principalOf("cmo");
        CharterProposal first = propose(cmo, "Budget " + System.nanoTime());
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        mvc.perform(get("/charter").session(ceo)).andExpect(status().isOk());
        // Its first view after a change (what the charter keeps is read again), as after the three proposals below.
        jdbc.update("update charter_change set counter = counter + 1, changed_at = now() where id = 1");
        long one = SqlStatements.countDuring(() -> mvc.perform(get("/charter").session(ceo)).andExpect(status().isOk()));
        List<CharterProposal> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            more.add(propose(cmo, "Budget more " + i + " " + System.nanoTime()));
        }
        List<String> four = SqlStatements.during(() -> mvc.perform(get("/charter").session(ceo)).andExpect(status().isOk()));
        // The reader's page (CharterIT: at most 8) and the map's areas for the approve forms.
        assertThat(four).as(String.join("\n", four)).hasSizeLessThanOrEqualTo(11).hasSize((int) one);
        // Again, nothing changed: the page and the areas are kept (a counter's row each, and the layout's company).
        assertThat(SqlStatements.countDuring(() -> mvc.perform(get("/charter").session(ceo)).andExpect(status().isOk())))
                .isLessThanOrEqualTo(3);
        for (CharterProposal p : more) {
            AsPerson.run(cmo, () -> charter.withdraw(p.proposal().id(), cmo));
        }
        AsPerson.run(cmo, () -> charter.withdraw(first.proposal().id(), cmo));
    }

    private CharterProposal propose(CadenceUser by, String marker) {
        CharterView now = charter.current();
        List<SectionDraft> drafts = new ArrayList<>();
        now.sections().forEach(s -> drafts.add(new SectionDraft(s.key(), s.title(), s.body() + (drafts.isEmpty() ? " " + marker : ""), false)));
        CharterProposal[] made = new CharterProposal[1];
        AsPerson.run(by, () -> made[0] = charter.propose(drafts, "Because " + marker, now.number(), by));
        return made[0];
    }

    private long area(long deciderId) {
        CadenceUser ceo = people.principalOf("ceo");
        long[] id = new long[1];
        AsPerson.run(ceo, () -> {
            AreaRow row = rights.createArea("Charter test area " + System.nanoTime(), null, ceo);
            id[0] = rights.replaceAssignments(row.id(), Map.of(deciderId, RightRole.DECIDE), row.version(), ceo).id();
        });
        return id[0];
    }
}
