package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonDetails;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A board member reads and never writes, whatever they own: refused as a metric's owner, and refused
 * on every way of entering values of a metric they came to own (made a board member after being
 * named its owner).
 */
@CadenceIntegrationTest
class BoardOwnerIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    ValueImportService imports;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    @Test
    void aBoardMemberWhoOwnsAMetricEntersNoValueOnThePageTheApiOrAnImport() throws Exception {
        PersonView owner = PersonFixture.add(people, "Owner Then Board", Role.CRO);
        MetricView metric = MetricFixture.metric(definitions, people).key("board-owned").ownedBy(owner.id()).create();
        String token = "test-board-owner-" + owner.id();
        tokens.createDemoTokenIfAbsent(token, "Owner's script", ApiScope.READ_WRITE, people.activePrincipal(owner.id()).orElseThrow());
        PersonView board = people.update(owner.id(), new PersonDetails(owner.name(), owner.email(), owner.username(), null),
                EnumSet.of(Role.BOARD), owner.version(), people.principalOf("admin").personId());
        CadenceUser boardUser = people.activePrincipal(board.id()).orElseThrow();
        String week = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).key();
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);

        mvc.perform(post("/scorecard/cells/{key}/{period}", metric.key(), week).header("HX-Request", "true")
                        .session(session).with(csrf()).param("value", "42").param("narrative", "The board's number"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/metrics/{key}/values/{period}", metric.key(), week).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 42}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/metrics/values/import").header("Authorization", "Bearer " + token)
                        .contentType("text/csv").content("metric_key,period,value\n" + metric.key() + "," + week + ",42\n"))
                .andExpect(status().isForbidden());

        // And the scorecard's own rule, whatever reaches it.
        assertThat(scorecard.cell(metric.key(), week, null, boardUser).canEnter()).isFalse();
        assertThatThrownBy(() -> scorecard.enterValue(metric.key(), week, null, BigDecimal.ONE, null, null, boardUser))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scorecard.cell(metric.key(), week, null, people.principalOf("revops")).value()).isNull();
    }

    @Test
    void aBoardMemberIsRefusedAsTheOwnerOfAMetricWhereverAnOwnerIsChosen() throws Exception {
        PersonView board = PersonFixture.add(people, "Board Never Owner", Role.BOARD);
        CadenceUser revops = people.principalOf("revops");
        MetricFixture withBoardOwner = MetricFixture.metric(definitions, people).key("board-refused").ownedBy(board.id());
        String expected = "Board Never Owner is a board member, who reads but never enters values, so cannot own a metric.";

        assertThatThrownBy(withBoardOwner::create).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(expected).extracting("field").isEqualTo("ownerId");
        MetricView metric = MetricFixture.metric(definitions, people).key("board-refused").create();
        assertThatThrownBy(() -> definitions.update(metric.key(), withBoardOwner.spec(), metric.version(), revops))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(expected);
        assertThatThrownBy(() -> definitions.propose(metric.key(), withBoardOwner.spec(), "The board should own it",
                people.principalOf("cmo"))).isInstanceOf(RuleViolationException.class).hasMessageContaining(expected);
        assertThat(definitions.get(metric.key()).ownerId()).isEqualTo(revops.personId());

        mvc.perform(post("/metrics").session(SignIn.demo(mvc, "revops")).with(csrf())
                        .param("key", "board-refused-page-" + board.id()).param("name", "Board-owned").param("definition", "Owned by the board")
                        .param("calculation", "Count").param("unit", "PERCENT").param("direction", "HIGHER_IS_BETTER")
                        .param("cadence", "WEEKLY").param("ownerId", String.valueOf(board.id())).param("indicator", "LEADING")
                        .param("lever", "Pipeline").param("dataSource", "Salesforce").param("displayOrder", "500")
                        .param("atRiskBandPercent", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is a board member, who reads but never enters values")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Board Never Owner</option>"))));
    }
}
