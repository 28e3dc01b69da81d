package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The read API, the search of past meetings, and the series' time boxes. */
@CadenceIntegrationTest
class MeetingApiAndSearchIT {

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

    CadenceUser ceo;
    CadenceUser cro;
    MeetingFixture fixture;
    long closed;
    long next;
    String word;

    @BeforeEach
    void aClosedMeetingAndTheNextOne() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        word = "Zanzibar" + System.nanoTime();
        closed = fixture.nextMeeting();
        commands.addItem(closed, fixture.section(closed, 3), word + " pricing objection", false, cro);
        actionItems.addActionItem(closed, "Write the " + word + " memo", cro.personId(), LocalDate.now().plusDays(4), ceo);
        next = fixture.closeWithMessage(closed, "We do not discount for " + word + ".", false);
    }

    @Test
    void theApiListsTheSeriesMeetingsAndShowsOneWithItsSharedContent() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        LocalDate day = meetings.page(closed, ceo).meeting().startsAt().toLocalDate();
        mvc.perform(get("/api/v1/meetings").param("series", String.valueOf(fixture.seriesId)).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(next))
                .andExpect(jsonPath("$[1].id").value(closed))
                .andExpect(jsonPath("$[1].status").value("CLOSED"));
        mvc.perform(get("/api/v1/meetings").param("series", String.valueOf(fixture.seriesId))
                        .param("from", day.toString()).param("to", day.toString()).session(session))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(closed));
        mvc.perform(get("/api/v1/meetings/{id}", closed).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("We do not discount for " + word + "."))
                .andExpect(jsonPath("$.sections.length()").value(5))
                .andExpect(jsonPath("$.sections[2].items[0].text").value(word + " pricing objection"))
                .andExpect(jsonPath("$.actionItems[0].owner").value("Daniel Okafor"))
                .andExpect(jsonPath("$.participants.length()").value(2));
        mvc.perform(get("/api/v1/meetings/{id}", 987_654_321L).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void pastMeetingsAreSearchableByText() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        String found = mvc.perform(get("/meetings").param("q", word.toLowerCase()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("/meetings/" + closed + "/recap");
        assertThat(meetings.overview(word.toUpperCase() + " MEMO", ceo).past()).extracting(MeetingSummary::id).containsExactly(closed);
        assertThat(meetings.overview("no such words anywhere 42", ceo).past()).isEmpty();
        // A private point is found by its author only.
        commands.addItem(next, fixture.section(next, 4), "Quixotic" + word + " private worry", true, ceo);
        fixture.closeWithMessage(next, "Message.", false);
        assertThat(meetings.overview("quixotic" + word, ceo).past()).extracting(MeetingSummary::id).containsExactly(next);
        assertThat(meetings.overview("quixotic" + word, cro).past()).isEmpty();
    }
}
