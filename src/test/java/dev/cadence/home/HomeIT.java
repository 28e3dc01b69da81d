package dev.cadence.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.charter.CharterProposal;
import dev.cadence.charter.CharterService;
import dev.cadence.charter.CharterView;
import dev.cadence.charter.SectionDraft;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.SectionKind;
import dev.cadence.meetings.SectionView;
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
import dev.cadence.web.ApplicationClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Home per role: what a leader's cockpit shows them and what it leaves out; the board's own Home and navigation. */
@CadenceIntegrationTest
class HomeIT {

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
    ApplicationClock clock;
    @Autowired
    CharterService charter;
    @Autowired
    MetricDefinitionService definitions;

    @Test
    void aLeaderSeesWhatWaitsForThemThisWeekWithOneNextActionEach() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        PersonView person = PersonFixture.add(people, "Lee Leader", Role.CRO);
        CadenceUser lee = people.activePrincipal(person.id()).orElseThrow();
        String marker = String.valueOf(System.nanoTime());
        DecisionSummary waiting = decisions.propose(new DecisionDraft("Price floor " + marker, "Context.", null, null, null, null,
                lee.personId(), null, null, null, null, null, null), ceo);
        long seriesId = seriesService.createSeries("Lee's 1:1 " + marker, MeetingKind.ONE_ON_ONE, DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), ZoneId.of("UTC"), 60, Set.of(ceo.personId(), lee.personId()), List.of(
                        new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3 priorities", null, 10),
                        new TemplateSectionSpec(SectionKind.DISCUSSION, "Blockers", null, 20))).id();
        // Now: always within this week, whatever day the test runs.
        long meeting = seriesService.createMeetingAt(seriesId, clock.instant(), ceo).id();
        // Given a week ago, due two days ago: overdue now.
        LocalDate today = LocalDate.now(clock);
        try (ApplicationClock.Scope weekAgo = clock.at(clock.instant().minus(java.time.Duration.ofDays(7)))) {
            actionItems.addActionItem(meeting, "Send the territory memo " + marker, lee.personId(), today.minusDays(2), ceo);
        }
        actionItems.addActionItem(meeting, "Later item " + marker, lee.personId(), LocalDate.now(clock).plusDays(9), ceo);

        MockHttpSession session = SignIn.as(mvc, person.username(), PersonFixture.PASSWORD);
        String html = home(session);
        assertThat(html).contains("This week, Lee")
                // The scorecard: what is off track or at risk, with the value against its target, and the way there.
                .contains("Off track and at risk").contains("Speed to lead").contains("vs target")
                .contains("href=\"/scorecard\"")
                // What waits for their decision, and the next action is to decide it.
                .contains("Waiting for your decision").contains("Price floor " + marker)
                .contains("href=\"/decisions/" + waiting.id() + "\"").contains("Decide: Price floor " + marker)
                // This week's meeting, not prepared yet: the next action prepares it.
                .contains("Lee&#39;s 1:1 " + marker).contains("Not prepared").contains("Prepare Lee&#39;s 1:1 " + marker)
                // The overdue action item, not the one due later (counted).
                .contains("Send the territory memo " + marker).doesNotContain("Later item " + marker)
                .contains("1 more open, not due yet.")
                .contains("Forecast call")
                // The directory is out of the way, folded at the bottom.
                .contains("<details class=\"home-directory\">").contains("Your leadership team (");
        assertThat(html).as("owns no metric: no \"Values you owe\"").doesNotContain("Values you owe");
        assertThat(html).as("governs nothing: no proposals of definitions or of the charter").doesNotContain("Definition</span>")
                .doesNotContain("Charter</span>");

        // Once they wrote a point and the top 3 has one, the meeting is prepared.
        List<SectionView> sections = meetings.sectionsOf(meeting, ceo);
        commands.addItem(meeting, sections.get(0).id(), "Close Globex " + marker, false, lee);
        assertThat(home(session)).contains("✓ Prepared").contains("1 of your points · top 3: 1 of 3").doesNotContain("Not prepared");
    }

    @Test
    void valuesYouOweShowOnlyForOwnersOfMetrics() throws Exception {
        // Daniel (the CRO) owns speed to lead, pipeline coverage, …; Maya (the CEO) owns none.
        assertThat(home(SignIn.demo(mvc, "cro"))).contains("Values you owe");
        assertThat(home(SignIn.demo(mvc, "ceo"))).doesNotContain("Values you owe");
    }

    @Test
    void theCeoSeesCharterProposalsAndRevOpsSeesDefinitionProposals() throws Exception {
        CadenceUser cmo = people.principalOf("cmo");
        String marker = String.valueOf(System.nanoTime());
        CharterView now = charter.current();
        List<SectionDraft> drafts = new java.util.ArrayList<>();
        now.sections().forEach(s -> drafts.add(new SectionDraft(s.key(), s.title(), s.body(), false)));
        drafts.add(new SectionDraft(null, "Partners " + marker, "Partners first.", false));
        CharterProposal toCharter = charter.propose(drafts, "Partners bring the best deals.", now.number(), cmo);
        MetricView winRate = definitions.get("win-rate");
        ProposalView toDefinition = definitions.propose("win-rate", new MetricSpec(winRate.name(), winRate.definition() + " " + marker,
                winRate.calculation(), winRate.unit(), winRate.direction(), winRate.cadence(), winRate.ownerId(), winRate.indicator(),
                winRate.lever(), winRate.segmented(), winRate.atRiskBandPercent(), winRate.dataSource(), winRate.displayOrder()),
                "Say what counts as a win.", cmo);
        try {
            String ceo = home(SignIn.demo(mvc, "ceo"));
            assertThat(ceo).contains("Priya Raman proposes a change to Partners " + marker).contains("href=\"/charter#proposals\"")
                    .as("the CEO does not govern definitions").doesNotContain("Win rate: change proposed by Priya Raman");
            String revops = home(SignIn.demo(mvc, "revops"));
            assertThat(revops).contains("Win rate: change proposed by Priya Raman").contains("href=\"/metrics/win-rate#proposals\"")
                    .as("RevOps does not approve the charter").doesNotContain("proposes a change to Partners " + marker);
            // RevOps owns ramp time: the values they owe show.
            assertThat(revops).contains("Values you owe");
            assertThat(home(SignIn.demo(mvc, "cro"))).doesNotContain("Partners " + marker).doesNotContain("Win rate: change proposed");
        } finally {
            charter.withdraw(toCharter.proposal().id(), cmo);
            definitions.withdraw(toDefinition.id(), cmo);
        }
    }

    @Test
    void withoutACallThisWeekTheForecastSaysSo() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        // A quarter nobody called: years ahead of the demo's.
        try (ApplicationClock.Scope later = clock.at(Instant.parse("2031-06-10T12:00:00Z"))) {
            String html = home(cro);
            assertThat(html).contains("No call yet this week").contains("Open the forecast to call this week");
        }
    }

    @Test
    void theBoardGetsItsOwnHomeWithNoNavigationItCannotUse() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        String html = home(board);
        assertThat(html).contains("How Brightline Software is doing")
                .contains("Scorecard").contains("On track").contains("Open the scorecard")
                .contains("Messages to the company").contains("Latest decisions").contains("href=\"/decisions\"")
                .contains("Read the board pack").contains("finalized").contains("href=\"/board-packs\"");
        assertThat(html).as("nothing asks the board to act").doesNotContain("Waiting for your decision")
                .doesNotContain("This week's meetings").doesNotContain("Values you owe").doesNotContain("Overdue action items");
        String nav = nav(html);
        assertThat(nav).doesNotContain("/meetings").doesNotContain("/pipeline").doesNotContain("/admin");
        // Every entry the board sees opens for it.
        for (String href : links(nav)) {
            mvc.perform(get(href).session(board)).andExpect(status().isOk());
        }
        // The hidden routes still refuse the board's writes.
        mvc.perform(post("/meetings/series/new").with(csrf()).session(board)).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/1/items").with(csrf()).session(board).param("text", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/pipeline/import").with(csrf()).session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline").session(board)).andExpect(status().isForbidden());
    }

    @Test
    void leadersKeepTheirNavigation() throws Exception {
        String nav = nav(home(SignIn.demo(mvc, "cro")));
        assertThat(nav).contains("href=\"/meetings\"").contains("href=\"/pipeline\"").doesNotContain("/admin/people");
        assertThat(nav(home(SignIn.demo(mvc, "admin")))).contains("href=\"/meetings\"").contains("href=\"/admin/people\"");
    }

    private String home(MockHttpSession session) throws Exception {
        return mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String nav(String html) {
        int start = html.indexOf("<nav class=\"main-nav\"");
        return html.substring(start, html.indexOf("</nav>", start));
    }

    private static List<String> links(String nav) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
