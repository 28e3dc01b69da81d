package dev.cadence.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.charter.CharterProposal;
import dev.cadence.charter.CharterService;
import dev.cadence.charter.CharterView;
import dev.cadence.charter.SectionDraft;
import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.decisions.DecisionView;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.ItemView;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.MeetingSummary;
import dev.cadence.meetings.WhatChangedSource;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.web.ApplicationClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The experiment log in the monthly GTM council: its "what changed this month" cites the experiments due and the charter
 * proposals waiting (other meetings do not), and a decision on an experiment taken in the council is the council's
 * decision too — recorded only by someone running it — linking back to the experiment.
 */
@CadenceIntegrationTest
class ExperimentsInCouncilIT {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;
    @Autowired
    MeetingSeriesService series;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    CharterService charter;
    @Autowired
    DecisionService decisions;
    @Autowired
    List<WhatChangedSource> sources;
    @Autowired
    MockMvc mvc;

    @Test
    void theCouncilsWhatChangedCitesExperimentsDueAndCharterProposalsWaitingAndA1on1DoesNot() {
        PersonView owner = PersonFixture.add(people, "Council Owner", Role.CMO);
        ExperimentFixture f = ExperimentFixture.create(experiments, scorecard, definitions, people, company, clock, owner.id());
        long id = f.startedInThePast(f.input("Council bundle", "mid-market", "25", "mid-market", "2"), people.principalOf(owner.username()));
        String title = experiments.get(id).title();
        CadenceUser cro = people.principalOf("cro");
        CharterView now = charter.current();
        String why = "Council citation " + System.nanoTime();
        CharterProposal proposal = AsPerson.call(cro, () -> charter.propose(now.sections().stream()
                .map(s -> new SectionDraft(s.key(), s.title(), s.key().equals(now.sections().get(0).key()) ? s.body() + " " + why : s.body(), false))
                .toList(), why, now.number(), cro));
        try {
            CadenceUser revops = people.principalOf("revops");
            long council = councilSeries(MeetingKind.GTM_COUNCIL, AgendaTemplates.gtmCouncil());
            MeetingSummary next = series.ensureNextMeeting(council, revops);
            commands.refreshFromData(next.id(), revops);
            List<ItemView> changed = meetings.page(next.id(), revops).sections().get(0).items();
            assertThat(changed).filteredOn(i -> "Experiment log".equals(i.sourceLabel())).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.text()).containsAnyOf("Experiment due: ", "more experiments due"));
            assertThat(changed).filteredOn(i -> "GTM charter".equals(i.sourceLabel())).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.sourceUrl()).isEqualTo("/charter#proposals"));

            // This test's experiment is due, past its planned end; the section cites at most four experiments (the last line
            // saying how many more), so that the scorecard still has its say whatever the other tests left running.
            LocalDate day = next.startsAt().toLocalDate();
            assertThat(experiments.due(day, 27)).filteredOn(d -> d.id() == id).singleElement().satisfies(d -> {
                assertThat(d.reason()).isEqualTo(ExperimentDue.Reason.PAST_ITS_END);
                assertThat(d.sentence()).startsWith("“" + title + "” (Council Owner) is ").contains("past its planned end");
            });
            WhatChangedSource.Occasion councilDay = new WhatChangedSource.Occasion(MeetingKind.GTM_COUNCIL, day, day.plusMonths(1));
            List<WhatChangedSource.Citation> cited = sources.stream().flatMap(s -> s.citations(councilDay, revops).stream()).toList();
            List<WhatChangedSource.Citation> experimentLines = cited.stream().filter(c -> c.sourceLabel().equals("Experiment log")).toList();
            assertThat(experimentLines).hasSizeBetween(1, ExperimentsDueCitations.MOST);
            assertThat(experimentLines).anyMatch(c -> c.sourceUrl().equals("/experiments/" + id)
                    || c.text().startsWith("And ") && c.sourceUrl().equals("/experiments"));
            assertThat(cited).anyMatch(c -> c.text().startsWith("Charter proposal waiting for the CEO") && c.text().contains(why)
                    || c.text().contains("charter proposals wait for the CEO"));

            // A 1:1 is not where experiments and the charter are decided.
            WhatChangedSource.Occasion oneOnOne = new WhatChangedSource.Occasion(MeetingKind.ONE_ON_ONE, day, day.plusWeeks(1));
            assertThat(sources.stream().flatMap(s -> s.citations(oneOnOne, revops).stream()))
                    .noneMatch(c -> c.sourceLabel().equals("Experiment log") || c.sourceLabel().equals("GTM charter"));
        } finally {
            AsPerson.run(cro, () -> charter.withdraw(proposal.proposal().id(), cro));
        }
    }

    @Test
    void aDecisionTakenInTheCouncilIsTheCouncilsDecisionLinkedBackToTheExperiment() {
        PersonView owner = PersonFixture.add(people, "Council Decider", Role.CMO);
        CadenceUser ownerUser = people.principalOf(owner.username());
        ExperimentFixture f = ExperimentFixture.create(experiments, scorecard, definitions, people, company, clock, owner.id());
        f.values(f.win, "mid-market", "26.0", "25.0", "24.5", "26.5");
        long id = f.startedInThePast(f.input("Council decision", "mid-market", "25", "mid-market", "2"), ownerUser);
        CadenceUser revops = people.principalOf("revops");
        CadenceUser ceo = people.principalOf("ceo");
        long council = councilSeries(MeetingKind.GTM_COUNCIL, AgendaTemplates.gtmCouncil());
        MeetingSummary meeting = series.ensureNextMeeting(council, revops);
        ExperimentView concluded = AsPerson.call(revops, () -> experiments.conclude(id, "Won 25.5% of mid-market deals.",
                experiments.get(id).version(), revops));
        DecisionInput inCouncil = new DecisionInput(Resolution.SCALE, "Met; roll it out.", null, ceo.personId(), null, null, null,
                meeting.id(), null);

        // The owner runs no council: nothing is recorded, in the log or on the experiment.
        assertThatThrownBy(() -> AsPerson.run(ownerUser, () -> experiments.decide(id, inCouncil, concluded.version(), ownerUser)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(experiments.get(id).decision()).isNull();
        assertThat(decisions.fromMeeting(meeting.id())).isEmpty();

        ExperimentView decided = AsPerson.call(revops, () -> experiments.decide(id, inCouncil, concluded.version(), revops));
        DecisionSummary inMeeting = assertThat(decisions.fromMeeting(meeting.id())).singleElement().actual();
        assertThat(inMeeting.id()).isEqualTo(decided.decisionId());
        assertThat(inMeeting.title()).isEqualTo("Scale the experiment “" + decided.title() + "”");
        assertThat(inMeeting.meetingLabel()).isEqualTo(meeting.label());
        DecisionView logged = decisions.get(decided.decisionId());
        assertThat(logged.originUrl()).isEqualTo("/experiments/" + id);
        assertThat(logged.originLabel()).isEqualTo("Experiment “" + decided.title() + "”");
        assertThat(meetings.page(meeting.id(), revops).decisions()).extracting(DecisionSummary::id).containsExactly(decided.decisionId());
    }

    @Test
    void anExperimentsPageOpenedFromTheCouncilReadsTwoStatementsMoreAndItsDecisionLinksBack() throws Exception {
        PersonView owner = PersonFixture.add(people, "Council Budget", Role.CMO);
        ExperimentFixture f = ExperimentFixture.create(experiments, scorecard, definitions, people, company, clock, owner.id());
        long id = f.startedInThePast(f.input("Council budget", "mid-market", "25", "mid-market", "2"), people.principalOf(owner.username()));
        CadenceUser revops = people.principalOf("revops");
        long council = councilSeries(MeetingKind.GTM_COUNCIL, AgendaTemplates.gtmCouncil());
        MeetingSummary meeting = series.ensureNextMeeting(council, revops);
        MockHttpSession session = SignIn.demo(mvc, "revops");
        mvc.perform(get("/experiments/{id}", id).session(session)).andExpect(status().isOk());
        long alone = SqlStatements.countDuring(() -> mvc.perform(get("/experiments/{id}", id).session(session)).andExpect(status().isOk()));
        List<String> fromCouncil = SqlStatements.during(() -> mvc.perform(get("/experiments/{id}", id).param("meeting", String.valueOf(meeting.id()))
                .session(session)).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Opened from"))));
        assertThat(fromCouncil).as(String.join("\n", fromCouncil)).hasSizeLessThanOrEqualTo((int) alone + 2)
                .hasSizeLessThanOrEqualTo(ExperimentLogIT.PAGE_BUDGET + 2);

        // Someone who does not run that council sees the page as ever, and cannot record a decision into the council.
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/experiments/{id}", id).param("meeting", String.valueOf(meeting.id())).session(board)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Opened from"))));
    }

    private long councilSeries(MeetingKind kind, List<dev.cadence.meetings.TemplateSectionSpec> template) {
        Set<Long> participants = new LinkedHashSet<>();
        for (String username : List.of("ceo", "cro", "cmo", "cfo", "vpcs", "revops")) {
            participants.add(people.principalOf(username).personId());
        }
        return series.createMonthlySeries("Council " + System.nanoTime(), kind, 1, DayOfWeek.TUESDAY, LocalTime.of(10, 0),
                ZoneId.of("America/New_York"), 90, participants, template).id();
    }
}
