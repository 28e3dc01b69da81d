package dev.cadence.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricFixture;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A tree of the test's own through the pages, the service and the API: rules, roles, history, stale saves, budgets. */
@CadenceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverTreeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DriverService drivers;
    @Autowired
    PersonService people;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    PersonView planner;
    PersonView owner;
    PersonView bystander;
    CadenceUser plannerUser;
    CadenceUser ownerUser;
    long tree;

    /** Three people for the whole class: every person added shows on pages other tests read (the decision-rights map). */
    @BeforeAll
    void peopleOfItsOwn() {
        planner = PersonFixture.add(people, "Tree Planner", Role.CFO);
        owner = PersonFixture.add(people, "Lever Owner", Role.CMO);
        bystander = PersonFixture.add(people, "Tree Bystander", Role.VP_CS);
        plannerUser = people.principalOf(planner.username());
        ownerUser = people.principalOf(owner.username());
    }

    @BeforeEach
    void aTreeOfItsOwn() {
        long[] id = new long[1];
        AsPerson.run(plannerUser, () -> id[0] = DriverFixture.smallTree(drivers, plannerUser, owner.id(), null));
        tree = id[0];
    }

    private long version(String key) {
        return drivers.node(tree, key, plannerUser).node().version();
    }

    @Test
    void theTreeComputesItsOutcomeGapAndSentences() throws Exception {
        TreePage page = drivers.page(tree, Map.of(), null, 10, null);
        assertThat(page.outcome().planValue()).isEqualByComparingTo("40200000");
        assertThat(page.gap()).isEqualByComparingTo("-800000");
        assertThat(page.sensitivities()).extracting(Sensitivity::sentence).contains("+1 pt Win rate = +$200K Ending ARR");
        assertThat(drivers.page(tree, Map.of(), null, 10, "win_rate").seek().value()).isEqualByComparingTo("0.29");
        assertThat(drivers.goalSeeks(tree)).extracting(GoalSeek::leverKey)
                .containsExactly("starting_arr", "opportunities", "win_rate", "asp", "churn_rate");

        MockHttpSession session = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/drivers/" + tree).session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("+1 pt Win rate = +$200K Ending ARR")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("−$800K")));
        // A what-if from htmx answers the live region, computed at the values typed: 30% win rate → +$1M.
        mvc.perform(get("/drivers/" + tree).param("values[win_rate]", "30").header("HX-Request", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"live\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("$41.2M")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
    }

    @Test
    void aFormulaWithAnUnknownKeyIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        MockHttpSession session = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/drivers/" + tree + "/nodes").session(session).with(csrf())
                        .param("key", "gross_margin").param("name", "Gross margin").param("kind", "COMPUTED").param("unit", "MONEY")
                        .param("formula", "new_arr * margn"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The formula of Gross margin uses the unknown key margn")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("formula-error")));
        assertThat(drivers.page(tree, Map.of(), null, 10, null).nodes()).extracting(NodeView::key).doesNotContain("gross_margin");
    }

    @Test
    void aCycleIsRefusedNamingItsNodes() {
        AsPerson.run(plannerUser, () -> assertThatThrownBy(() -> drivers.saveNode(tree, "churned_arr", new NodeInput(null, "Churned ARR",
                NodeKind.COMPUTED, DriverUnit.MONEY, "ending_arr * churn_rate", null, null, null, null, null, null, null, null),
                version("churned_arr"), plannerUser))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cycle").hasMessageContaining("Churned ARR (churned_arr)"));
        AsPerson.run(plannerUser, () -> assertThatThrownBy(() -> drivers.saveNode(tree, "churned_arr", new NodeInput(null, "Churned ARR",
                NodeKind.COMPUTED, DriverUnit.MONEY, "starting_arr / (churn_rate - 0.01)", null, null, null, null, null, null, null, null),
                version("churned_arr"), plannerUser))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Churned ARR").hasMessageContaining("divides by zero"));
        assertThat(drivers.node(tree, "churned_arr", plannerUser).node().formula()).isEqualTo("starting_arr * churn_rate * 12");
    }

    @Test
    void ownersPlanTheirLeversStructureIsForTheLeadersAndTheBoardReads() throws Exception {
        MockHttpSession ownerSession = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/drivers/" + tree + "/levers/win_rate").session(ownerSession).with(csrf())
                        .param("assumption", "27%").param("evidence", "New deal desk").param("version", String.valueOf(version("win_rate"))))
                .andExpect(status().is3xxRedirection());
        assertThat(drivers.node(tree, "win_rate", plannerUser).node().assumption()).isEqualByComparingTo("0.27");
        // Not the owner of ASP, not a structure editor: 403, nothing saved.
        mvc.perform(post("/drivers/" + tree + "/levers/asp").session(ownerSession).with(csrf())
                        .param("assumption", "60000").param("version", String.valueOf(version("asp"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/drivers/" + tree + "/nodes").session(ownerSession).with(csrf())
                        .param("key", "x_node").param("name", "X").param("kind", "COMPUTED").param("unit", "MONEY").param("formula", "1"))
                .andExpect(status().isForbidden());
        MockHttpSession bystanderSession = SignIn.as(mvc, bystander.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/drivers/" + tree + "/levers/win_rate").session(bystanderSession).with(csrf())
                        .param("assumption", "30").param("version", String.valueOf(version("win_rate"))))
                .andExpect(status().isForbidden());
        assertThat(drivers.node(tree, "asp", plannerUser).node().assumption()).isEqualByComparingTo("50000");

        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/drivers/" + tree).session(board)).andExpect(status().isOk());
        mvc.perform(get("/drivers/" + tree).param("values[asp]", "60k").header("HX-Request", "true").session(board))
                .andExpect(status().isOk());
        mvc.perform(get("/drivers").session(board)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/drivers\"")));
        mvc.perform(post("/drivers/" + tree + "/scenarios").session(board).with(csrf()).param("scenarioName", "Board's")
                .param("values[asp]", "60000")).andExpect(status().isForbidden());
        assertThatThrownBy(() -> drivers.plan(tree, "win_rate", DriverFixture.typed("30"), null, version("win_rate"),
                people.principalOf("board"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aStaleSaveIsRefusedWithWhatTheOtherChangedAndHistoryKeepsBoth() throws Exception {
        long seen = version("win_rate");
        AsPerson.run(plannerUser, () -> drivers.plan(tree, "win_rate", DriverFixture.typed("26"), "Pricing page", seen, plannerUser));
        MockHttpSession ownerSession = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/drivers/" + tree + "/levers/win_rate").session(ownerSession).with(csrf())
                        .param("assumption", "28").param("evidence", "Mine").param("version", String.valueOf(seen)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tree Planner changed Assumption from &quot;25%&quot; to &quot;26%&quot;")));
        assertThat(drivers.node(tree, "win_rate", plannerUser).node().assumption()).isEqualByComparingTo("0.26");
        NodePage page = drivers.node(tree, "win_rate", plannerUser);
        assertThat(page.history().get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Assumption");
            assertThat(c.from()).isEqualTo("25%");
            assertThat(c.to()).isEqualTo("26%");
        });
        assertThat(page.history().get(0).author()).isEqualTo("Tree Planner");
    }

    @Test
    void twoSavesOfOneLeverAtOnceAreOneSaveAndOneRefusal() throws Exception {
        MockHttpSession a = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        MockHttpSession b = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        String v = String.valueOf(version("win_rate"));
        List<Race.Outcome> outcomes = Race.requests(mvc, "driver_node",
                post("/drivers/" + tree + "/levers/win_rate").session(a).with(csrf()).param("assumption", "27").param("version", v),
                post("/drivers/" + tree + "/levers/win_rate").session(b).with(csrf()).param("assumption", "29").param("version", v));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.message()).contains("while you were editing");
    }

    @Test
    void theApiReadsTreesAndPutsALeverWithIfMatch() throws Exception {
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/api/v1/drivers").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + tree + ")].outcomeAtPlan").value(40200000));
        mvc.perform(get("/api/v1/drivers/" + tree).session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.gap").value(-800000))
                .andExpect(jsonPath("$.nodes[?(@.key == 'win_rate')].assumption").value(25))
                .andExpect(jsonPath("$.nodes[?(@.key == 'new_arr')].formula").value("opportunities * win_rate * asp"))
                .andExpect(jsonPath("$.sensitivity[?(@.lever == 'win_rate')].outcomeChange").value(200000));

        // The demo token acts as RevOps, who may change any lever's plan (the owner's rule is the service's, tested above).
        String token = "Bearer cadence-demo-token";
        long v = version("win_rate");
        String body = "{\"assumption\": 27.5, \"evidence\": \"Deal desk live\"}";
        mvc.perform(put("/api/v1/drivers/" + tree + "/levers/win_rate").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/drivers/" + tree + "/levers/win_rate").header("Authorization", token).header("If-Match", "\"" + v + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (v + 1) + "\""))
                .andExpect(jsonPath("$.assumption").value(27.5));
        mvc.perform(put("/api/v1/drivers/" + tree + "/levers/win_rate").header("Authorization", token).header("If-Match", "\"" + v + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Sam Whitaker changed Assumption from \"25%\" to \"27.5%\"")));
        mvc.perform(put("/api/v1/drivers/" + tree + "/levers/win_rate").header("Authorization", token).header("If-Match", "\"" + (v + 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assumption\": -5}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("assumption"));
        mvc.perform(get("/api/v1/drivers/" + tree + "0").header("Authorization", token)).andExpect(status().isNotFound());
    }

    @Test
    void goalSeekIsAChooserForAnyLeverOnThePageAndInTheApi() throws Exception {
        MockHttpSession session = SignIn.as(mvc, bystander.username(), PersonFixture.PASSWORD);
        // The chooser offers every lever, Starting ARR too (it has no step); by default the widest tornado bar's.
        String page = mvc.perform(get("/drivers/" + tree).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"seek-lever\"").contains("<option value=\"starting_arr\">Starting ARR</option>");
        // From htmx, the answer alone, at the what-if being tried: ASP at a 30% win rate: 400 × 0.3 × a = 5.8M → $48,333.
        mvc.perform(get("/drivers/" + tree + "/goal-seek").param("seek", "asp").header("HX-Request", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"goal-seek-answer\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ASP would need to be $58K, +$8,000 from $50K")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
        mvc.perform(get("/drivers/" + tree + "/goal-seek").param("seek", "asp").param("values[win_rate]", "30")
                        .header("HX-Request", "true").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ASP would need to be $48.3K")));
        mvc.perform(get("/drivers/" + tree + "/goal-seek").param("seek", "opportunities").session(session))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/drivers/" + tree + "?seek=opportunities#goal-seek"));
        // A rate past 100% is an answer, not an error.
        AsPerson.run(plannerUser, () -> drivers.describeTree(tree, drivers.page(tree, Map.of(), null, 10, null).name(), null,
                DriverFixture.typed("60000000"), LocalDate.of(2027, 1, 31), drivers.page(tree, Map.of(), null, 10, null).version(), plannerUser));
        mvc.perform(get("/api/v1/drivers/" + tree + "/levers/win_rate/goal-seek").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.target").value(60000000))
                .andExpect(jsonPath("$.goalSeek.answer").value("ABOVE_RANGE"))
                .andExpect(jsonPath("$.goalSeek.possible").value(false))
                .andExpect(jsonPath("$.goalSeek.current").value(25))
                .andExpect(jsonPath("$.goalSeek.value").value(124))
                .andExpect(jsonPath("$.goalSeek.sentence").value(org.hamcrest.Matchers.containsString("cannot exceed 100%")));
        mvc.perform(get("/api/v1/drivers/" + tree + "/levers/starting_arr/goal-seek").session(session))
                .andExpect(jsonPath("$.goalSeek.answer").value("FOUND"));
        mvc.perform(get("/api/v1/drivers/" + tree).session(session))
                .andExpect(jsonPath("$.goalSeek[?(@.lever == 'churn_rate')].answer").value("BELOW_RANGE"));
        mvc.perform(get("/api/v1/drivers/" + tree + "/levers/new_arr/goal-seek").session(session)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/drivers/" + tree + "/levers/nothing/goal-seek").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aFormulaBeyondArithmeticIsRefusedAtSaveNamingTheNode() throws Exception {
        MockHttpSession session = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/drivers/" + tree + "/nodes").session(session).with(csrf())
                        .param("key", "lucky").param("name", "Lucky ARR").param("kind", "COMPUTED").param("unit", "MONEY")
                        .param("formula", "new_arr * RANDOM()"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The formula of Lucky ARR calls RANDOM, which formulas do not offer")));
        assertThat(drivers.page(tree, Map.of(), null, 10, null).nodes()).extracting(NodeView::key).doesNotContain("lucky");
        // What is offered computes: MIN caps new ARR at $4M, IF adds $100K above a 20% win rate.
        mvc.perform(post("/drivers/" + tree + "/nodes").session(session).with(csrf())
                        .param("key", "capped").param("name", "Capped ARR").param("kind", "COMPUTED").param("unit", "MONEY")
                        .param("formula", "MIN(new_arr, 4000000) + IF(win_rate > 0.2, 100000, 0)"))
                .andExpect(status().is3xxRedirection());
        assertThat(drivers.page(tree, Map.of(), null, 10, null).nodes()).filteredOn(n -> n.key().equals("capped")).singleElement()
                .satisfies(n -> assertThat(n.planValue()).isEqualByComparingTo("4100000"));
    }

    @Test
    void structureEditorsChangeTheTreesNameTargetAndDateWithHistory() throws Exception {
        MockHttpSession session = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        TreePage before = drivers.page(tree, Map.of(), null, 10, null);
        mvc.perform(get("/drivers/" + tree + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"41000000\"")));
        String renamed = before.name() + " (reset)";
        mvc.perform(post("/drivers/" + tree + "/edit").session(session).with(csrf()).param("name", renamed)
                        .param("description", "Reset at Q3 planning").param("target", "$42M").param("targetDate", "2027-03-31")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().is3xxRedirection());
        TreePage after = drivers.page(tree, Map.of(), null, 10, null);
        assertThat(after.name()).isEqualTo(renamed);
        assertThat(after.target()).isEqualByComparingTo("42000000");
        assertThat(after.gap()).as("the gap follows the target").isEqualByComparingTo("-1800000");
        assertThat(drivers.treeHistory(tree).get(0)).satisfies(set -> {
            assertThat(set.author()).isEqualTo("Tree Planner");
            assertThat(set.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("Target");
                assertThat(c.from()).isEqualTo("$41M");
                assertThat(c.to()).isEqualTo("$42M");
            });
        });
        mvc.perform(get("/drivers/" + tree + "/edit").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Reset at Q3 planning")));

        // A stale save is refused with what the other person changed; the form keeps what was typed.
        mvc.perform(post("/drivers/" + tree + "/edit").session(session).with(csrf()).param("name", "Mine")
                        .param("target", "45000000").param("targetDate", "2027-03-31").param("version", String.valueOf(before.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tree Planner changed")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Target from &quot;$41M&quot; to &quot;$42M&quot;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Mine\"")));
        // A name another tree has, a missing date: refused beside the field, nothing saved.
        mvc.perform(post("/drivers/" + tree + "/edit").session(session).with(csrf()).param("name", renamed).param("target", "45000000")
                        .param("version", String.valueOf(after.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the date the target is due")));
        assertThat(drivers.page(tree, Map.of(), null, 10, null).target()).isEqualByComparingTo("42000000");

        // Owners of levers and the board read it, but do not change it.
        MockHttpSession ownerSession = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/drivers/" + tree + "/edit").session(ownerSession)).andExpect(status().isForbidden());
        mvc.perform(post("/drivers/" + tree + "/edit").session(ownerSession).with(csrf()).param("name", "Owner's").param("target", "1")
                .param("targetDate", "2027-03-31").param("version", String.valueOf(after.version()))).andExpect(status().isForbidden());
        mvc.perform(post("/drivers/" + tree + "/edit").session(SignIn.demo(mvc, "board")).with(csrf()).param("name", "Board's")
                .param("target", "1").param("targetDate", "2027-03-31").param("version", String.valueOf(after.version())))
                .andExpect(status().isForbidden());
        assertThat(drivers.page(tree, Map.of(), null, 10, null).name()).isEqualTo(renamed);
    }

    @Test
    void twoSavesOfTheTreesTargetAtOnceAreOneSaveAndOneRefusal() throws Exception {
        MockHttpSession a = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        MockHttpSession b = SignIn.demo(mvc, "cro");
        TreePage before = drivers.page(tree, Map.of(), null, 10, null);
        String v = String.valueOf(before.version());
        List<Race.Outcome> outcomes = Race.requests(mvc, "driver_tree",
                post("/drivers/" + tree + "/edit").session(a).with(csrf()).param("name", before.name()).param("target", "43000000")
                        .param("targetDate", "2027-01-31").param("version", v),
                post("/drivers/" + tree + "/edit").session(b).with(csrf()).param("name", before.name()).param("target", "44000000")
                        .param("targetDate", "2027-01-31").param("version", v));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.message()).contains("while you were editing").contains("Target from");
    }

    @Test
    void theTreePageCostsTheSameStatementsWhateverItsSizeAndHistory() throws Exception {
        MockHttpSession session = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        // The first view since the tree was made reads it; the next is kept (the change counter only).
        List<String> small = SqlStatements.during(() -> mvc.perform(get("/drivers/" + tree).session(session)).andExpect(status().isOk()));
        List<String> smallKept = SqlStatements.during(() -> mvc.perform(get("/drivers/" + tree).session(session)).andExpect(status().isOk()));

        // Forty more levers and formulas, and twenty saves of history.
        AsPerson.run(plannerUser, () -> {
            for (int i = 0; i < 20; i++) {
                DriverFixture.lever(drivers, tree, "extra_" + i, "Extra " + i, DriverUnit.MONEY, owner.id(), String.valueOf(1000 + i), "100",
                        null, plannerUser);
                DriverFixture.computed(drivers, tree, "double_" + i, "Double " + i, "extra_" + i + " * 2", plannerUser);
            }
            for (int i = 0; i < 20; i++) {
                drivers.plan(tree, "asp", DriverFixture.typed(String.valueOf(50000 + i)), "Revision " + i, version("asp"), plannerUser);
            }
        });
        List<String> large = SqlStatements.during(() -> mvc.perform(get("/drivers/" + tree).session(session)).andExpect(status().isOk()));
        List<String> largeKept = SqlStatements.during(() -> mvc.perform(get("/drivers/" + tree).session(session)).andExpect(status().isOk()));
        assertThat(large).as(String.join("\n", large)).hasSizeLessThanOrEqualTo(DriverStatementBudget.TREE_PAGE).hasSameSizeAs(small);
        assertThat(largeKept).as(String.join("\n", largeKept)).hasSizeLessThanOrEqualTo(DriverStatementBudget.TREE_PAGE_KEPT)
                .hasSameSizeAs(smallKept).anySatisfy(sql -> assertThat(sql).contains("driver_change"))
                .noneSatisfy(sql -> assertThat(sql).contains("driver_node"));
        // A what-if, the goal seek of another lever: computed once, then kept too.
        List<String> whatIf = SqlStatements.during(() -> mvc.perform(get("/drivers/" + tree).param("values[asp]", "61000").param("seek", "asp")
                .header("HX-Request", "true").session(session)).andExpect(status().isOk()));
        List<String> whatIfKept = SqlStatements.during(() -> mvc.perform(get("/drivers/" + tree).param("values[asp]", "61000").param("seek", "asp")
                .header("HX-Request", "true").session(session)).andExpect(status().isOk()));
        assertThat(whatIf).hasSizeLessThanOrEqualTo(DriverStatementBudget.TREE_PAGE);
        assertThat(whatIfKept).hasSizeLessThanOrEqualTo(DriverStatementBudget.TREE_PAGE_KEPT);
        List<String> list = SqlStatements.during(() -> mvc.perform(get("/drivers").session(session)).andExpect(status().isOk()));
        assertThat(list).as(String.join("\n", list)).hasSizeLessThanOrEqualTo(DriverStatementBudget.LIST_PAGE);
    }

    @Test
    void leversWhoseLinkedMetricIsOffTheAssumptionAreCitable() throws Exception {
        long[] id = new long[1];
        String[] metric = new String[1];
        AsPerson.run(plannerUser, () -> {
            metric[0] = MetricFixture.metric(definitions, people).key("drv-win").unit(MetricUnit.PERCENT).ownedBy(owner.id()).create().key();
            String lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous().key();
            AsPerson.run(ownerUser, () -> scorecard.enterValue(metric[0], lastWeek, null, new BigDecimal("20"), "Slow quarter", null, ownerUser));
            id[0] = DriverFixture.smallTree(drivers, plannerUser, owner.id(), metric[0]);
        });
        List<OffAssumptionLever> off = drivers.leversOffAssumption(LocalDate.now(clock));
        assertThat(off).filteredOn(l -> l.treeId() == id[0]).singleElement().satisfies(l -> {
            assertThat(l.leverKey()).isEqualTo("win_rate");
            assertThat(l.ownerName()).isEqualTo("Lever Owner");
            assertThat(l.assumption()).isEqualByComparingTo("25");
            assertThat(l.latestValue()).isEqualByComparingTo("20");
            assertThat(l.status()).isEqualTo(LeverStatus.OFF_PLAN);
        });
    }
}
