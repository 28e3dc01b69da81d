package dev.cadence.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DeciderNotEntitledException;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionView;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.FieldChange;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.SectionKind;
import dev.cadence.meetings.TemplateSectionSpec;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Experiments of the test's own through the service, the pages and the API: the lock at the start and amendments,
 * the verdict from the scorecard, the decision into the decision log, roles, stale saves and races, the meeting
 * panel's "as of", and the pages' statement budgets.
 */
@CadenceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExperimentLogIT {

    /**
     * Statements of the list and of an experiment's page, whatever the number of experiments and the history, when read
     * after a change (the read of the log's change counter included).
     */
    static final int LIST_BUDGET = 11;
    static final int PAGE_BUDGET = 21;
    /** Statements of either when nothing changed since it was last read: the change counter (and the session's viewer). */
    static final int KEPT_BUDGET = 4;

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ExperimentsPanel panel;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingCommandService meetingCommands;
    @Autowired
    MeetingQueryService meetingQueries;

    PersonView owner;
    PersonView decider;
    PersonView bystander;
    CadenceUser ownerUser;
    CadenceUser deciderUser;
    ExperimentFixture f;
    long area;

    @BeforeAll
    void ofItsOwn() {
        owner = PersonFixture.add(people, "Experiment Owner", Role.CMO);
        decider = PersonFixture.add(people, "Experiment Decider", Role.CFO);
        bystander = PersonFixture.add(people, "Experiment Bystander", Role.VP_CS);
        ownerUser = people.principalOf(owner.username());
        deciderUser = people.principalOf(decider.username());
        f = ExperimentFixture.create(experiments, scorecard, definitions, people, company, clock, owner.id());
        // Enterprise: (24.0 + 25.5 + 23.1 + 24.4) / 4 = 24.25; SMB: (23.0 + 24.5 + 23.1 + 24.4) / 4 = 23.75.
        f.values(f.win, "enterprise", "24.0", "25.5", "23.1", "24.4");
        f.values(f.win, "smb", "23.0", "24.5", "23.1", "24.4");
        // Churn must stay ≤ 2.0: enterprise holds (2.0 is the limit itself), SMB crosses it in the window's third week.
        f.values(f.churn, "enterprise", "1.8", "1.9", "2.0", "1.7");
        f.values(f.churn, "smb", "1.7", "1.8", "2.3", "2.0");
        area = ExperimentFixture.area(rights, people, decider.id());
    }

    private ExperimentView asOwner(java.util.function.Supplier<ExperimentView> work) {
        ExperimentView[] out = new ExperimentView[1];
        AsPerson.run(ownerUser, () -> out[0] = work.get());
        return out[0];
    }

    private ExperimentView concluded(ExperimentInput input) {
        long id = f.startedInThePast(input, ownerUser);
        return asOwner(() -> experiments.conclude(id, "What we saw.", experiments.get(id).version(), ownerUser));
    }

    private ExperimentView draft(String title) {
        LocalDate today = LocalDate.now(clock);
        ExperimentInput base = f.input(title, "enterprise", "24", "enterprise", "2.0");
        return asOwner(() -> experiments.create(new ExperimentInput(base.title(), base.hypothesis(), base.lever(), base.primaryMetricKey(),
                base.expectedImpact(), base.bound(), base.threshold(), base.segmentKey(), 4, base.measure(), base.ownerId(), area, today,
                today.plusWeeks(6), base.guardrails()), ownerUser));
    }

    // ---- the lock at the start, and amendments ----

    @Test
    void criteriaLockAtTheStartAndAChangeAfterIsAnAmendmentWithItsReason() throws Exception {
        ExperimentView draft = draft("Lock");
        // A draft changes freely: no amendment.
        ExperimentView edited = asOwner(() -> experiments.update(draft.id(), ExperimentFixture.with(draft,
                Map.of("threshold", ExperimentFixture.typed("25"))), null, draft.version(), ownerUser));
        assertThat(edited.amendmentCount()).isZero();
        assertThat(edited.threshold()).isEqualByComparingTo("25");

        ExperimentView running = asOwner(() -> experiments.start(edited.id(), edited.version(), ownerUser));
        assertThat(running.status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(running.startedOn()).isEqualTo(LocalDate.now(clock));

        // The threshold, without a reason: refused beside the reason's field, nothing changed.
        assertThatThrownBy(() -> asOwner(() -> experiments.update(running.id(), ExperimentFixture.with(running,
                Map.of("threshold", ExperimentFixture.typed("23"))), " ", running.version(), ownerUser)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("amendmentReason");
                    assertThat(e.getMessage()).contains("locked when").contains("amendment");
                });
        // A guardrail added, and the planned end moved, likewise.
        assertThatThrownBy(() -> asOwner(() -> experiments.update(running.id(), ExperimentFixture.with(running,
                Map.of("guardrails", List.of())), null, running.version(), ownerUser))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> asOwner(() -> experiments.update(running.id(), ExperimentFixture.with(running,
                Map.of("plannedEnd", running.plannedEnd().plusWeeks(2))), null, running.version(), ownerUser)))
                .isInstanceOf(RuleViolationException.class);
        ExperimentView unchanged = experiments.get(running.id());
        assertThat(unchanged.version()).isEqualTo(running.version());
        assertThat(unchanged.threshold()).isEqualByComparingTo("25");

        // Through the page too: 422, the form again with the refusal.
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/experiments/" + running.id()).session(session).with(csrf()).param("title", running.title())
                        .param("hypothesis", running.hypothesis()).param("lever", running.lever()).param("primaryMetricKey", f.win)
                        .param("expectedImpact", "+1 pt").param("bound", "AT_LEAST").param("threshold", "22%").param("segmentKey", "enterprise")
                        .param("windowPeriods", "4").param("measure", "AVERAGE").param("ownerId", String.valueOf(owner.id()))
                        .param("plannedStart", running.plannedStart().toString()).param("plannedEnd", running.plannedEnd().toString())
                        .param("guardrails[0].metricKey", f.churn).param("guardrails[0].segmentKey", "enterprise")
                        .param("guardrails[0].bound", "AT_MOST").param("guardrails[0].limit", "2")
                        .param("version", String.valueOf(running.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Changing them is an amendment")));

        // With a reason: an amendment, on the page and in the history.
        ExperimentView amended = asOwner(() -> experiments.update(running.id(), ExperimentFixture.with(running,
                Map.of("threshold", ExperimentFixture.typed("23"))), "The first two weeks had no bundle quotes: too high a bar.",
                running.version(), ownerUser));
        assertThat(amended.amendmentCount()).isEqualTo(1);
        assertThat(amended.threshold()).isEqualByComparingTo("23");
        ExperimentPage page = experiments.page(running.id(), ownerUser);
        assertThat(page.amendments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("The first two weeks had no bundle quotes: too high a bar.");
            assertThat(a.changes()).contains("Success criterion:").contains("≥ 25%").contains("→").contains("≥ 23%");
            assertThat(a.by()).isEqualTo("Experiment Owner");
        });
        ChangeSet newest = page.history().get(0);
        assertThat(newest.changes()).extracting(FieldChange::field).contains("Success criterion", "Reason for the amendment");
        assertThat(newest.author()).isEqualTo("Experiment Owner");

        // What is not locked changes freely while it runs.
        ExperimentView renamed = asOwner(() -> experiments.update(running.id(), ExperimentFixture.with(amended,
                Map.of("title", amended.title() + " (renamed)")), null, amended.version(), ownerUser));
        assertThat(renamed.amendmentCount()).isEqualTo(1);
        assertThat(renamed.title()).endsWith("(renamed)");
        mvc.perform(get("/experiments/" + running.id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("amended 1×")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("too high a bar")));
    }

    @Test
    void theWindowMustLieWithinTheRun() {
        LocalDate today = LocalDate.now(clock);
        ExperimentInput base = f.input("Window", "enterprise", "24", null, null);
        ExperimentInput tooLong = new ExperimentInput(base.title(), base.hypothesis(), base.lever(), base.primaryMetricKey(),
                base.expectedImpact(), base.bound(), base.threshold(), null, 8, base.measure(), base.ownerId(), null, today,
                today.plusWeeks(3), List.of());
        assertThatThrownBy(() -> asOwner(() -> experiments.create(tooLong, ownerUser)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("windowPeriods");
                    assertThat(e.getMessage()).contains("before the experiment starts").contains("at most 4 weeks");
                });
    }

    // ---- the verdict from the scorecard ----

    @Test
    void theVerdictIsReadFromTheScorecardOverTheWindow() {
        ExperimentView met = concluded(f.input("Met", "enterprise", "24", "enterprise", "2.0"));
        assertThat(met.status()).isEqualTo(ExperimentStatus.CONCLUDED);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.observedValue()).isEqualByComparingTo("24.25");
        assertThat(met.verdictSummary()).contains("averaged 24.3%").contains("against ≥ 24%: met").contains("The guardrail held");
        assertThat(met.awaitingDecision()).isTrue();

        ExperimentView notMet = concluded(f.input("Not met", "smb", "24", "enterprise", "2.0"));
        assertThat(notMet.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(notMet.observedValue()).isEqualByComparingTo("23.75");

        ExperimentView breached = concluded(f.input("Breached", "enterprise", "24", "smb", "2.0"));
        assertThat(breached.verdict()).isEqualTo(Verdict.GUARDRAIL_BREACHED);
        assertThat(breached.observedValue()).isEqualByComparingTo("24.25");
        assertThat(breached.verdictSummary()).contains("crossed its limit (≤ 2%) in " + f.window.get(2).key()).contains("at worst 2.3%");

        ExperimentPage page = experiments.page(breached.id(), ownerUser);
        assertThat(page.reading().verdict()).isEqualTo(Verdict.GUARDRAIL_BREACHED);
        assertThat(page.reading().metrics()).hasSize(2);
        assertThat(page.reading().metrics().get(1).values()).filteredOn(ExperimentPage.Chip::crossed).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2.3%"));
    }

    @Test
    void anExperimentConcludedBeforeItsWindowHasValuesIsNoDataAndIterateIsTheDecisionThatNeedsNoReason() {
        ExperimentView draft = draft("Early");
        ExperimentView running = asOwner(() -> experiments.start(draft.id(), draft.version(), ownerUser));
        ExperimentView early = asOwner(() -> experiments.conclude(running.id(), "Called off in week one.", running.version(), ownerUser));
        assertThat(early.status()).isEqualTo(ExperimentStatus.CONCLUDED);
        assertThat(early.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(early.verdictSummary()).contains("No value of").contains("It ended early: its window is the 1 of its 4 weeks it ran.");
        assertThatThrownBy(() -> asOwner(() -> experiments.decide(early.id(), new DecisionInput(Resolution.SCALE, "Go", null, decider.id(),
                area, null, null, null, null), early.version(), ownerUser))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no data");
        ExperimentView iterated = asOwner(() -> experiments.decide(early.id(), new DecisionInput(Resolution.ITERATE, "Run it again in January.",
                null, decider.id(), area, null, null, null, null), early.version(), ownerUser));
        assertThat(iterated.decision()).isEqualTo(Resolution.ITERATE);
        assertThat(iterated.stateLabel()).isEqualTo("Iterating");
    }

    // ---- the decision into the decision log ----

    @Test
    void theDecisionGoesIntoTheDecisionLogCheckedAgainstTheMap() throws Exception {
        ExperimentView met = concluded(f.input("Decided", "enterprise", "24", "enterprise", "2.0"));

        // Retiring what met its criterion goes against the verdict: a reason is needed.
        assertThatThrownBy(() -> asOwner(() -> experiments.decide(met.id(), new DecisionInput(Resolution.RETIRE, "Too costly", null,
                decider.id(), area, null, null, null, null), met.version(), ownerUser)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("againstVerdictReason");
                    assertThat(e.getMessage()).contains("met").contains("scale or iterate");
                });
        // The owner does not hold Decide for the area: the map's warning, and nothing saved without a reason.
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/experiments/" + met.id() + "/decision").session(session).with(csrf()).param("resolution", "SCALE")
                        .param("rationale", "It worked").param("deciderId", String.valueOf(owner.id())).param("areaId", String.valueOf(area))
                        .param("version", String.valueOf(met.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("does not hold Decide")));
        assertThat(experiments.get(met.id()).awaitingDecision()).isTrue();
        assertThatThrownBy(() -> asOwner(() -> experiments.decide(met.id(), new DecisionInput(Resolution.SCALE, "It worked", null,
                owner.id(), area, null, null, null, null), met.version(), ownerUser))).isInstanceOf(DeciderNotEntitledException.class);

        // The area's decider: recorded, in the log, linked both ways.
        mvc.perform(post("/experiments/" + met.id() + "/decision").session(session).with(csrf()).param("resolution", "SCALE")
                        .param("rationale", "Met with margin.").param("deciderId", String.valueOf(decider.id()))
                        .param("areaId", String.valueOf(area)).param("message", "We roll it out.")
                        .param("version", String.valueOf(met.version())))
                .andExpect(status().is3xxRedirection());
        ExperimentView decided = experiments.get(met.id());
        assertThat(decided.decision()).isEqualTo(Resolution.SCALE);
        assertThat(decided.awaitingDecision()).isFalse();
        assertThat(decided.decidedOn()).isEqualTo(LocalDate.now(clock));
        DecisionView logged = decisions.get(decided.decisionId());
        assertThat(logged.title()).isEqualTo("Scale the experiment “" + met.title() + "”");
        assertThat(logged.deciderName()).isEqualTo("Experiment Decider");
        assertThat(logged.areaId()).isEqualTo(area);
        assertThat(logged.rationale()).isEqualTo("Met with margin.");
        assertThat(logged.message()).isEqualTo("We roll it out.");
        assertThat(logged.context()).contains("Verdict").doesNotContain("Against");
        mvc.perform(get("/experiments/" + met.id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/decisions/" + logged.id())));

        // Decided once.
        assertThatThrownBy(() -> asOwner(() -> experiments.decide(met.id(), new DecisionInput(Resolution.RETIRE, "Again", "x",
                decider.id(), area, null, null, null, null), decided.version(), ownerUser)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("decided already");
    }

    @Test
    void aDecisionAgainstTheVerdictKeepsItsReasonAndAnOverrideKeepsTheDecidersReason() {
        ExperimentView notMet = concluded(f.input("Against", "smb", "24", null, null));
        ExperimentView decided = asOwner(() -> experiments.decide(notMet.id(), new DecisionInput(Resolution.SCALE,
                "Scale it in enterprise only.", "SMB was not the target; the enterprise half met it.", owner.id(), area,
                "The decider is on leave this week.", null, null, null), notMet.version(), ownerUser));
        assertThat(decided.againstVerdictReason()).isEqualTo("SMB was not the target; the enterprise half met it.");
        DecisionView logged = decisions.get(decided.decisionId());
        assertThat(logged.decision()).contains("Against the verdict (not met) because: SMB was not the target");
        assertThat(logged.overrideReason()).isEqualTo("The decider is on leave this week.");
        assertThat(logged.deciderName()).isEqualTo("Experiment Owner");
    }

    // ---- roles ----

    @Test
    void theBoardReadsAndOnlyTheOwnerAndTheLeadersRunAnExperiment() throws Exception {
        ExperimentView draft = draft("Roles");
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/experiments").session(board)).andExpect(status().isOk());
        mvc.perform(get("/experiments/" + draft.id()).session(board)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Start — lock"))));
        mvc.perform(get("/experiments/new").session(board)).andExpect(status().isForbidden());
        mvc.perform(post("/experiments/" + draft.id() + "/start").session(board).with(csrf())
                .param("version", String.valueOf(draft.version()))).andExpect(status().isForbidden());

        MockHttpSession other = SignIn.as(mvc, bystander.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/experiments/" + draft.id()).session(other)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Start — lock"))));
        mvc.perform(get("/experiments/" + draft.id() + "/edit").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/experiments/" + draft.id() + "/start").session(other).with(csrf())
                .param("version", String.valueOf(draft.version()))).andExpect(status().isForbidden());
        mvc.perform(post("/experiments/" + draft.id() + "/stop").session(other).with(csrf()).param("stopReason", "Mine now")
                .param("version", String.valueOf(draft.version()))).andExpect(status().isForbidden());
        assertThat(experiments.get(draft.id()).status()).isEqualTo(ExperimentStatus.DRAFT);

        ExperimentView met = concluded(f.input("Roles decided", "enterprise", "24", null, null));
        mvc.perform(post("/experiments/" + met.id() + "/decision").session(other).with(csrf()).param("resolution", "SCALE")
                .param("rationale", "x").param("deciderId", String.valueOf(decider.id())).param("version", String.valueOf(met.version())))
                .andExpect(status().isForbidden());
        CadenceUser bystanderUser = people.principalOf(bystander.username());
        assertThatThrownBy(() -> experiments.conclude(draft.id(), "x", draft.version(), bystanderUser)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experiments.create(f.input("Board", "enterprise", "24", null, null), people.principalOf("board")))
                .isInstanceOf(AccessDeniedException.class);
        // The CRO runs anyone's experiment.
        CadenceUser cro = people.principalOf("cro");
        AsPerson.run(cro, () -> experiments.stop(draft.id(), "Superseded by the bundle test.", draft.version(), cro));
        assertThat(experiments.get(draft.id()).status()).isEqualTo(ExperimentStatus.STOPPED);
    }

    // ---- stale saves and races ----

    @Test
    void aStaleSaveIsRefusedWithWhatTheOtherPersonChanged() throws Exception {
        ExperimentView draft = draft("Stale");
        asOwner(() -> experiments.update(draft.id(), ExperimentFixture.with(draft, Map.of("title", draft.title() + " v2")), null,
                draft.version(), ownerUser));
        assertThatThrownBy(() -> asOwner(() -> experiments.update(draft.id(), ExperimentFixture.with(draft,
                Map.of("threshold", ExperimentFixture.typed("30"))), null, draft.version(), ownerUser)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Experiment Owner changed Title from \"" + draft.title() + "\" to \"" + draft.title() + " v2\"");

        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        mvc.perform(post("/experiments/" + draft.id() + "/stop").session(session).with(csrf()).param("stopReason", "No budget")
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("changed Title from")));
        assertThat(experiments.get(draft.id()).status()).isEqualTo(ExperimentStatus.DRAFT);
    }

    @Test
    void twoConclusionsAtOnceAreOneSaveAndOneRefusal() throws Exception {
        long id = f.startedInThePast(f.input("Race", "enterprise", "24", null, null), ownerUser);
        long version = experiments.get(id).version();
        MockHttpSession a = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        MockHttpSession b = SignIn.demo(mvc, "cro");
        List<Race.Outcome> outcomes = Race.requests(mvc, "experiment",
                post("/experiments/" + id + "/conclude").session(a).with(csrf()).param("observedResult", "Mine")
                        .param("version", String.valueOf(version)),
                post("/experiments/" + id + "/conclude").session(b).with(csrf()).param("observedResult", "Theirs")
                        .param("version", String.valueOf(version)));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.message()).contains("while you were working on it");
        assertThat(experiments.get(id).observedResult()).isIn("Mine", "Theirs");
    }

    @Test
    void twoDecisionsAtOnceAreOneEntryInTheLog() throws Exception {
        ExperimentView met = concluded(f.input("Race decision", "enterprise", "24", null, null));
        MockHttpSession a = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        MockHttpSession b = SignIn.demo(mvc, "cro");
        List<Race.Outcome> outcomes = Race.requests(mvc, List.of("experiment", "decision"),
                post("/experiments/" + met.id() + "/decision").session(a).with(csrf()).param("resolution", "SCALE").param("rationale", "A")
                        .param("deciderId", String.valueOf(decider.id())).param("areaId", String.valueOf(area))
                        .param("version", String.valueOf(met.version())),
                post("/experiments/" + met.id() + "/decision").session(b).with(csrf()).param("resolution", "ITERATE").param("rationale", "B")
                        .param("deciderId", String.valueOf(decider.id())).param("areaId", String.valueOf(area))
                        .param("version", String.valueOf(met.version())));
        Race.oneSavedOneRefused(outcomes, 409);
        assertThat(decisions.list(new dev.cadence.decisions.DecisionFilter(null, area, null, null, null, null, met.title())))
                .as("one entry in the log").hasSize(1);
    }

    // ---- meetings and other features ----

    @Test
    void theMeetingPanelAndDueListShowTheExperimentsAsOfTheDay() {
        ExperimentView met = concluded(f.input("Panel", "enterprise", "24", null, null));
        LocalDate during = f.runStart.plusWeeks(3);
        ExperimentsAsOf then = experiments.asOf(during);
        assertThat(then.running()).filteredOn(v -> v.id() == met.id()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(ExperimentStatus.RUNNING);
            assertThat(v.daysLeft()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(during, f.runEnd));
        });
        assertThat(then.awaitingDecision()).noneMatch(v -> v.id() == met.id());
        ExperimentsAsOf now = experiments.asOf(LocalDate.now(clock));
        assertThat(now.awaitingDecision()).anyMatch(v -> v.id() == met.id() && v.verdict() == Verdict.MET);
        assertThat(experiments.asOf(f.runStart.minusDays(1)).running()).noneMatch(v -> v.id() == met.id());

        assertThat(experiments.due(LocalDate.now(clock), 7)).filteredOn(d -> d.id() == met.id()).singleElement()
                .satisfies(d -> {
                    assertThat(d.reason()).isEqualTo(ExperimentDue.Reason.AWAITING_DECISION);
                    assertThat(d.sentence()).contains("waits for its decision").contains("Experiment Owner");
                });
        assertThat(experiments.due(f.runEnd.minusDays(3), 7)).anyMatch(d -> d.id() == met.id() && d.reason() == ExperimentDue.Reason.ENDING_SOON
                && d.daysLeft() == 3 && d.sentence().contains("ends in 3 days"));
        assertThat(experiments.due(f.runStart.plusDays(1), 7)).noneMatch(d -> d.id() == met.id());

        assertThat(panel.key()).isEqualTo("experiments");
        var content = panel.render(during, ownerUser);
        assertThat(content.fragment()).isEqualTo("experiments/panel :: meeting-panel");
        assertThat(content.summary()).matches("\\d+ running, \\d+ waiting for a decision");
    }

    @Test
    void theExperimentsPanelShowsInAMeetingItsRecapAndItsPdf() throws Exception {
        ExperimentView met = concluded(f.input("Council panel", "enterprise", "24", null, null));
        CadenceUser ceo = people.principalOf("ceo");
        long[] meeting = new long[1];
        AsPerson.run(ceo, () -> {
            long series = seriesService.createSeries("Council " + System.nanoTime(), MeetingKind.GTM_COUNCIL, DayOfWeek.THURSDAY,
                    LocalTime.of(15, 0), ZoneId.of("America/New_York"), 90, Set.of(ceo.personId(), owner.id()), List.of(
                            TemplateSectionSpec.panel("experiments", "Experiments", null, 15),
                            new TemplateSectionSpec(SectionKind.MESSAGE, "Decisions and the message", null, 10))).id();
            meeting[0] = seriesService.ensureNextMeeting(series, ceo).id();
        });
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        String page = mvc.perform(get("/meetings/{id}", meeting[0]).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Concluded, waiting for a decision").contains(met.title()).contains("/experiments/" + met.id())
                .contains("waiting for a decision");
        AsPerson.run(ceo, () -> {
            meetingCommands.writeMessage(meeting[0], "Scale it.", false, meetingQueries.page(meeting[0], ceo).messageVersion(), ceo);
            meetingCommands.close(meeting[0], false, ceo);
        });
        byte[] pdf = mvc.perform(get("/meetings/{id}/recap.pdf", meeting[0]).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Concluded, waiting for a decision").contains(met.title());
        }
    }

    @Test
    void theApiListsAndReadsExperiments() throws Exception {
        ExperimentView met = concluded(f.input("Api", "enterprise", "24", "enterprise", "2.0"));
        String token = "Bearer cadence-demo-token";
        mvc.perform(get("/api/v1/experiments").param("owner", String.valueOf(owner.id())).param("status", "awaiting")
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + met.id() + ")].verdict").value("MET"))
                .andExpect(jsonPath("$[?(@.id == " + met.id() + ")].successCriterion.threshold").value(24))
                .andExpect(jsonPath("$[?(@.id == " + met.id() + ")].guardrails[0].limit").value(2));
        mvc.perform(get("/api/v1/experiments/" + met.id()).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + met.version() + "\""))
                .andExpect(jsonPath("$.experiment.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.reading.verdict").value("MET"))
                .andExpect(jsonPath("$.reading.metrics[0].values[1].value").value("25.5%"));
        mvc.perform(get("/api/v1/experiments").param("status", "someday").header("Authorization", token))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/experiments/987654321").header("Authorization", token)).andExpect(status().isNotFound());
    }

    // ---- statement budgets ----

    @Test
    void theListAndAnExperimentsPageCostTheSameStatementsWhateverTheHistory() throws Exception {
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        ExperimentView draft = draft("Budget");
        mvc.perform(get("/experiments/" + draft.id()).session(session)).andExpect(status().isOk());
        // Read after a change (someone's, anywhere in the log), then again: kept, the second reads the counter only.
        changedMeanwhile();
        List<String> small = SqlStatements.during(() -> mvc.perform(get("/experiments/" + draft.id()).session(session)).andExpect(status().isOk()));
        List<String> smallAgain = SqlStatements.during(() -> mvc.perform(get("/experiments/" + draft.id()).session(session)).andExpect(status().isOk()));
        changedMeanwhile();
        List<String> list = SqlStatements.during(() -> mvc.perform(get("/experiments").session(session)).andExpect(status().isOk()));
        List<String> listAgain = SqlStatements.during(() -> mvc.perform(get("/experiments").session(session)).andExpect(status().isOk()));

        // Twenty saves of history and ten more experiments, two of them decided.
        ExperimentView v = draft;
        for (int i = 0; i < 20; i++) {
            ExperimentView before = v;
            v = asOwner(() -> experiments.update(before.id(), ExperimentFixture.with(before, Map.of("title", draft.title() + " " + before.version())),
                    null, before.version(), ownerUser));
        }
        for (int i = 0; i < 8; i++) {
            draft("More");
        }
        for (int i = 0; i < 2; i++) {
            ExperimentView met = concluded(f.input("More decided", "enterprise", "24", null, null));
            asOwner(() -> experiments.decide(met.id(), new DecisionInput(Resolution.SCALE, "Yes", null, decider.id(), area, null, null,
                    null, null), met.version(), ownerUser));
        }
        changedMeanwhile();
        List<String> large = SqlStatements.during(() -> mvc.perform(get("/experiments/" + draft.id()).session(session)).andExpect(status().isOk()));
        assertThat(large).as(String.join("\n", large)).hasSizeLessThanOrEqualTo(PAGE_BUDGET).hasSameSizeAs(small);
        List<String> largeAgain = SqlStatements.during(() -> mvc.perform(get("/experiments/" + draft.id()).session(session)).andExpect(status().isOk()));
        assertThat(largeAgain).as(String.join("\n", largeAgain)).hasSizeLessThanOrEqualTo(KEPT_BUDGET).hasSameSizeAs(smallAgain);
        changedMeanwhile();
        List<String> longer = SqlStatements.during(() -> mvc.perform(get("/experiments").session(session)).andExpect(status().isOk()));
        assertThat(longer).as(String.join("\n", longer)).hasSizeLessThanOrEqualTo(LIST_BUDGET).hasSameSizeAs(list);
        List<String> longerAgain = SqlStatements.during(() -> mvc.perform(get("/experiments").session(session)).andExpect(status().isOk()));
        assertThat(longerAgain).as(String.join("\n", longerAgain)).hasSizeLessThanOrEqualTo(KEPT_BUDGET).hasSameSizeAs(listAgain);
        // A later page of the log reads what the first does.
        assertThat(SqlStatements.countDuring(() -> mvc.perform(get("/experiments").param("page", "2").session(session))
                .andExpect(status().isOk()))).isLessThanOrEqualTo(KEPT_BUDGET);

        // A concluded experiment's page reads the scorecard over its window: one statement more, whatever the history.
        ExperimentView met = concluded(f.input("Budget concluded", "enterprise", "24", "enterprise", "2.0"));
        List<String> judged = SqlStatements.during(() -> mvc.perform(get("/experiments/" + met.id()).session(session)).andExpect(status().isOk()));
        assertThat(judged).as(String.join("\n", judged)).hasSizeLessThanOrEqualTo(PAGE_BUDGET);
        List<String> judgedAgain = SqlStatements.during(() -> mvc.perform(get("/experiments/" + met.id()).session(session)).andExpect(status().isOk()));
        assertThat(judgedAgain).as(String.join("\n", judgedAgain)).hasSizeLessThanOrEqualTo(KEPT_BUDGET + 1);
    }

    @Test
    void theLogShowsFiftyAPageWhatWaitsForADecisionAndRunsFirst() throws Exception {
        MockHttpSession session = SignIn.as(mvc, owner.username(), PersonFixture.PASSWORD);
        ExperimentView running = asOwner(() -> {
            ExperimentView d = draft("Paged running");
            return experiments.start(d.id(), d.version(), ownerUser);
        });
        // More than a page of stopped ones, whatever other tests left in the log: they come after what runs.
        ExperimentFilter stopped = new ExperimentFilter("stopped", null, null, null);
        int have = experiments.list(stopped).experiments().size();
        for (int i = have; i < ExperimentList.PAGE_SIZE + 5; i++) {
            ExperimentView d = draft("Paged stopped " + i);
            asOwner(() -> experiments.stop(d.id(), "Superseded", d.version(), ownerUser));
        }
        ExperimentList all = experiments.list(ExperimentFilter.none());
        int total = all.experiments().size();
        assertThat(total).isGreaterThan(ExperimentList.PAGE_SIZE);

        // What runs comes before what was stopped, whatever else the log holds.
        List<Long> order = all.experiments().stream().map(ExperimentView::id).toList();
        assertThat(order.indexOf(running.id())).isLessThan(all.experiments().stream()
                .filter(e -> e.status() == ExperimentStatus.STOPPED).map(e -> order.indexOf(e.id())).min(Integer::compare).orElseThrow());

        String first = mvc.perform(get("/experiments").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains(total + " experiments · showing 1–" + ExperimentList.PAGE_SIZE).contains("Older →").doesNotContain("← Newer")
                .contains("data-experiment=\"" + order.get(0) + "\"").contains("data-experiment=\"" + order.get(ExperimentList.PAGE_SIZE - 1) + "\"")
                .doesNotContain("data-experiment=\"" + order.get(ExperimentList.PAGE_SIZE) + "\"");
        assertThat(first.split("data-experiment=\"", -1)).hasSize(ExperimentList.PAGE_SIZE + 1);
        String second = mvc.perform(get("/experiments").param("page", "2").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains("showing " + (ExperimentList.PAGE_SIZE + 1) + "–").contains("← Newer")
                .contains("data-experiment=\"" + order.get(ExperimentList.PAGE_SIZE) + "\"")
                .doesNotContain("data-experiment=\"" + order.get(0) + "\"");
        // Out of range: the nearest page; filters are kept in the pages' links.
        assertThat(mvc.perform(get("/experiments").param("page", "999").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("← Newer");
        assertThat(mvc.perform(get("/experiments").param("status", "stopped").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("status=stopped&amp;page=2");
    }

    /** Someone changed something the log shows (the database's triggers move its counter): what was kept is read again. */
    private void changedMeanwhile() {
        jdbc.update("update experiment_change set counter = counter + 1, changed_at = now() where id = 1");
    }
}
