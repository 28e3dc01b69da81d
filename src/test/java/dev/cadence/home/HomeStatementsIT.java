package dev.cadence.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.charter.CharterProposal;
import dev.cadence.charter.CharterService;
import dev.cadence.charter.CharterView;
import dev.cadence.charter.SectionDraft;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionService;
import dev.cadence.meetings.ActionItemService;
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
import dev.cadence.scorecard.MetricSpec;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.ProposalView;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.ApplicationClock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Home costs the same number of SQL statements whatever the history: a leader holding every block (the CEO's charter
 * proposals, RevOps' definition proposals, decisions, meetings, action items, the forecast) and the board, before and
 * after 40 more decisions, 12 closed meetings with their messages and action items, and more proposals.
 */
@CadenceIntegrationTest
class HomeStatementsIT {

    /** A leader's Home when the scorecard is read afresh (its first view after a change), and from its cache. */
    static final int LEADER_UNCACHED = 28;
    static final int LEADER_CACHED = 18;
    static final int BOARD_UNCACHED = 13;
    static final int BOARD_CACHED = 5;

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    DecisionService decisions;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    CharterService charter;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationClock clock;

    @Test
    void homeIssuesABoundedNumberOfStatementsWhateverTheHistory() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cmo = people.principalOf("cmo");
        PersonView person = PersonFixture.add(people, "Hana Holder", Role.CEO, Role.REVOPS);
        CadenceUser holder = people.activePrincipal(person.id()).orElseThrow();
        List<Runnable> withdrawals = new ArrayList<>();
        try {
            // Every block has something from the start: one proposal of each kind waits, a decision, a meeting.
            proposeToCharter(cmo, withdrawals);
            proposeDefinition(cmo, withdrawals);
            decisions.propose(draft("Waiting 0", null, holder.personId()), ceo);
            long seriesId = seriesService.createSeries("Holder's 1:1 " + System.nanoTime(), MeetingKind.ONE_ON_ONE,
                    DayOfWeek.TUESDAY, LocalTime.of(9, 0), ZoneId.of("UTC"), 60, Set.of(ceo.personId(), holder.personId()),
                    List.of(new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3", null, 10),
                            new TemplateSectionSpec(SectionKind.MESSAGE, "Message", null, 10))).id();
            long meeting = seriesService.createMeetingAt(seriesId, clock.instant(), ceo).id();
            overdue(meeting, "Overdue 0", holder.personId(), ceo);

            MockHttpSession leader = SignIn.as(mvc, person.username(), PersonFixture.PASSWORD);
            MockHttpSession board = SignIn.demo(mvc, "board");
            long leaderUncached = countUncached(leader);
            long leaderCached = count(leader);
            long boardUncached = countUncached(board);
            long boardCached = count(board);

            for (int i = 1; i <= 20; i++) {
                decisions.propose(draft("Waiting " + i, null, holder.personId()), ceo);
                decisions.record(draft("Decided " + i, "Done.", holder.personId()), ceo);
            }
            for (int i = 1; i <= 12; i++) {
                overdue(meeting, "Overdue " + i, holder.personId(), ceo);
                actionItems.addActionItem(meeting, "Later " + i, holder.personId(), LocalDate.now(clock).plusDays(5), ceo);
                commands.writeMessage(meeting, "Message " + i, false, meetings.page(meeting, ceo).messageVersion(), ceo);
                meeting = commands.close(meeting, true, ceo).id();
            }
            for (int i = 0; i < 3; i++) {
                proposeToCharter(cmo, withdrawals);
                proposeDefinition(cmo, withdrawals);
            }
            assertThat(meetings.latestMessages(50)).hasSizeGreaterThanOrEqualTo(12);
            assertThat(decisions.awaitingDecisionBy(holder.personId(), 50)).hasSizeGreaterThan(20);

            assertThat(countUncached(leader)).as("a leader's Home, read afresh").isEqualTo(leaderUncached)
                    .isLessThanOrEqualTo(LEADER_UNCACHED);
            assertThat(count(leader)).as("a leader's Home, the scorecard kept").isEqualTo(leaderCached)
                    .isLessThanOrEqualTo(LEADER_CACHED);
            assertThat(countUncached(board)).as("the board's Home, read afresh").isEqualTo(boardUncached)
                    .isLessThanOrEqualTo(BOARD_UNCACHED);
            assertThat(count(board)).as("the board's Home, the scorecard kept").isEqualTo(boardCached)
                    .isLessThanOrEqualTo(BOARD_CACHED);
        } finally {
            withdrawals.forEach(Runnable::run);
        }
    }

    /** An action item given a week ago, due yesterday. */
    private void overdue(long meeting, String text, long owner, CadenceUser ceo) {
        LocalDate today = LocalDate.now(clock);
        try (ApplicationClock.Scope weekAgo = clock.at(clock.instant().minus(Duration.ofDays(7)))) {
            actionItems.addActionItem(meeting, text, owner, today.minusDays(1), ceo);
        }
    }

    private void proposeToCharter(CadenceUser cmo, List<Runnable> withdrawals) {
        CharterView now = charter.current();
        List<SectionDraft> drafts = new ArrayList<>();
        now.sections().forEach(s -> drafts.add(new SectionDraft(s.key(), s.title(), s.body(), false)));
        drafts.add(new SectionDraft(null, "Idea " + System.nanoTime(), "Text.", false));
        CharterProposal p = charter.propose(drafts, "An idea.", now.number(), cmo);
        withdrawals.add(() -> charter.withdraw(p.proposal().id(), cmo));
    }

    private void proposeDefinition(CadenceUser cmo, List<Runnable> withdrawals) {
        MetricView m = definitions.get("sales-cycle-days");
        ProposalView p = definitions.propose(m.key(), new MetricSpec(m.name(), m.definition() + " " + System.nanoTime(),
                m.calculation(), m.unit(), m.direction(), m.cadence(), m.ownerId(), m.indicator(), m.lever(), m.segmented(),
                m.atRiskBandPercent(), m.dataSource(), m.displayOrder()), "Clearer.", cmo);
        withdrawals.add(() -> definitions.withdraw(p.id(), cmo));
    }

    private static DecisionDraft draft(String title, String decision, long deciderId) {
        return new DecisionDraft(title + " " + System.nanoTime(), "Context.", null, null, decision, null, deciderId, null, null,
                null, null, decision == null ? null : "We decided.", null);
    }

    /** As the first view after any change: the scorecard is read from the database, not from its cache. */
    private long countUncached(MockHttpSession session) throws Exception {
        jdbc.update("update segment set name = name");
        return count(session);
    }

    private long count(MockHttpSession session) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(get("/").session(session)).andExpect(status().isOk()));
    }
}
