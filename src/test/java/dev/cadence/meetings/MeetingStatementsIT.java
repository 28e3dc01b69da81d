package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The meetings pages cost the same number of SQL statements after two meetings as after thirty, each full of content. */
@CadenceIntegrationTest
class MeetingStatementsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    PersonService people;

    @Test
    void pagesIssueABoundedNumberOfStatementsHoweverManyPastMeetingsExist() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        long[] state = new long[2];
        AsPerson.run(ceo, () -> {
            long first = fixture.nextMeeting();
            fill(fixture, first, 0);
            // A decision, so that the meetings page's and the series' decision counts have something to count.
            commands.recordDecision(first, "Statements test decision " + System.nanoTime(), "Counted.", "Counted once.",
                    cro.personId(), null, null, null, ceo);
            state[0] = first;
            state[1] = fixture.closeWithMessage(first, "Week 0.", true);
        });
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("meetings", "/meetings");
        pages.put("series", "/meetings/series/" + fixture.seriesId);
        pages.put("past meeting", "/meetings/" + state[0]);
        pages.put("recap", "/meetings/" + state[0] + "/recap");
        pages.put("live", "/meetings/" + state[1] + "/live?rev=-1");
        // Home's budget, with closed meetings, messages and action items among what grows, is home.HomeStatementsIT's: its
        // scorecard part is read afresh or from the cache depending on what ran before, which this test does not control.
        Map<String, Long> few = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            few.put(page.getKey(), count(session, page.getValue()));
        }
        long currentFew = count(session, "/meetings/" + state[1]);

        AsPerson.run(ceo, () -> {
            long meeting = state[1];
            for (int week = 1; week <= 28; week++) {
                fill(fixture, meeting, week);
                meeting = fixture.closeWithMessage(meeting, "Week " + week + ".", true);
            }
            state[1] = meeting;
        });
        assertThat(seriesService.meetingsOf(fixture.seriesId, ceo)).hasSizeGreaterThanOrEqualTo(30);

        // In the same order as before: the live poll reads the meeting afresh (the writes moved meeting_change), then its page
        // finds that read kept.
        pages.put("live", "/meetings/" + state[1] + "/live?rev=-1");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            assertThat(count(session, page.getValue())).as(page.getKey()).isEqualTo(few.get(page.getKey())).isLessThanOrEqualTo(16);
        }
        assertThat(count(session, "/meetings/" + state[1])).as("the meeting being prepared").isEqualTo(currentFew)
                .isLessThanOrEqualTo(16);
        assertThat(meetings.page(state[1], ceo).actions()).hasSizeGreaterThan(20);
    }

    @Test
    void aMeetingPageReadAgainWhileNothingChangedCostsAFewStatements() throws Exception {
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, people.principalOf("ceo"), people.principalOf("cro"));
        long meeting = fixture.nextMeeting();
        AsPerson.run(fixture.ceo, () -> fill(fixture, meeting, 1));
        MockHttpSession session = SignIn.demo(mvc, "cro");

        long first = count(session, "/meetings/" + meeting);
        long again = count(session, "/meetings/" + meeting);
        // Kept under meeting_change (V35): the counter, the viewer's rating and the panels' own counters, not the meeting again.
        assertThat(again).as("the page read again").isLessThan(first).isLessThanOrEqualTo(6);
    }

    @Test
    void anIdleLivePollCostsTwoQueries() throws Exception {
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, people.principalOf("ceo"), people.principalOf("cro"));
        long meeting = fixture.nextMeeting();
        long revision = meetings.page(meeting, fixture.ceo).revision();
        MockHttpSession session = SignIn.demo(mvc, "cro");

        // Polled every two seconds by each open page: when nothing changed, 204 after reading the revision.
        List<String> statements = SqlStatements.during(() -> mvc.perform(get("/meetings/{id}/live", meeting)
                .param("rev", String.valueOf(revision)).session(session)).andExpect(status().isNoContent()));
        assertThat(statements).as("the idle poll's statements").hasSizeLessThanOrEqualTo(2);
    }

    /** A week of content: priorities, points (one private, one left for next week), action items (one left open). */
    private void fill(MeetingFixture f, long meeting, int week) {
        commands.addItem(meeting, f.section(meeting, 2), "Priority " + week, false, f.cro);
        commands.addItem(meeting, f.section(meeting, 3), "Blocker " + week, false, f.cro);
        commands.addItem(meeting, f.section(meeting, 4), "Private " + week, true, f.ceo);
        actionItems.addActionItem(meeting, "Still open " + week, f.cro.personId(), LocalDate.now().plusDays(7), f.ceo);
        ActionItemView done = actionItems.addActionItem(meeting, "Done " + week, f.ceo.personId(), LocalDate.now().plusDays(7), f.ceo);
        actionItems.markActionItemDone(meeting, done.id(), true, f.ceo);
    }

    private long count(MockHttpSession session, String url) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(get(url).session(session)).andExpect(status().isOk()));
    }
}
