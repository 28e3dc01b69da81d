package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.web.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rating a meeting 1 to 10: as it closes or afterwards, once per participant and changeable; the participants see
 * their own score and the average, never who gave which; administrators, the board and everyone else get 403 and see
 * no rating anywhere.
 */
@CadenceIntegrationTest
class MeetingRatingsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    MeetingRatingService ratings;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;

    CadenceUser ceo;
    CadenceUser cro;
    MeetingFixture fixture;
    long meeting;

    @BeforeEach
    void aMeetingReadyToClose() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        AsPerson.run(ceo, () -> {
            meeting = fixture.nextMeeting();
            commands.writeMessage(meeting, "We hold the line on discounts.", false, meetings.page(meeting, ceo).messageVersion(), ceo);
        });
    }

    @Test
    void theCloserRatesAtCloseTheOtherOnTheRecapAndEachMayChangeTheirsButNeverRateTwice() throws Exception {
        MockHttpSession ceoSession = SignIn.demo(mvc, "ceo");
        // A score out of range refuses the close too: nothing happens by halves.
        mvc.perform(post("/meetings/{id}/close", meeting).param("closeUnstarted", "true").param("rating", "11").session(ceoSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.page(meeting, ceo).closed()).isFalse();

        mvc.perform(post("/meetings/{id}/close", meeting).param("closeUnstarted", "true").param("rating", "8").session(ceoSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.page(meeting, ceo).closed()).isTrue();
        assertThat(mvc.perform(get("/meetings/{id}/recap", meeting).session(ceoSession)).andReturn().getResponse().getContentAsString())
                .contains("How useful was this meeting?", "You rated it", "<strong>8</strong>", "Average <strong>8.0</strong>",
                        "from 1 of 2 participants");

        MockHttpSession croSession = SignIn.demo(mvc, "cro");
        assertThat(mvc.perform(get("/meetings/{id}/recap", meeting).session(croSession)).andReturn().getResponse().getContentAsString())
                .contains("You have not rated it yet.", "Average <strong>8.0</strong>").doesNotContain("You rated it");
        String rated = mvc.perform(post("/meetings/{id}/rating", meeting).param("score", "5").header("HX-Request", "true")
                .session(croSession).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rated).doesNotContain("<html").contains("Saved: you rated it", "<strong>5</strong>", "Average <strong>6.5</strong>",
                "from 2 of 2 participants");
        // Changed, not added: one rating per participant.
        mvc.perform(post("/meetings/{id}/rating", meeting).param("score", "7").session(croSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select score from meeting_rating where meeting_id = ? order by score", Integer.class, meeting))
                .containsExactly(7, 8);
        assertThat(ratings.of(meeting, cro).orElseThrow()).satisfies(r -> {
            assertThat(r.mine()).isEqualTo(7);
            assertThat(r.average()).isEqualTo(7.5);
        });
        // The closed meeting's own page shows the rating too.
        assertThat(mvc.perform(get("/meetings/{id}", meeting).session(croSession)).andReturn().getResponse().getContentAsString())
                .contains("id=\"meeting-rating\"", "You rated it");
    }

    @Test
    void ratingsAreTheParticipantsOnlyAndNobodySeesWhoGaveWhich() throws Exception {
        AsPerson.run(ceo, () -> {
            ratings.closeAndRate(meeting, false, 3, ceo);
            ratings.rate(meeting, 9, cro);
        });
        String participant = mvc.perform(get("/meetings/{id}/recap", meeting).session(SignIn.demo(mvc, "cro")))
                .andReturn().getResponse().getContentAsString();
        assertThat(participant).contains("Average <strong>6.0</strong>").doesNotContain("<strong>3</strong>");

        // An administrator reads the meeting, its recap and its series, without a rating anywhere, and may not rate.
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        for (String page : List.of("/meetings/" + meeting, "/meetings/" + meeting + "/recap", "/meetings/series/" + fixture.seriesId)) {
            assertThat(mvc.perform(get(page).session(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .as(page).doesNotContain("How useful was this meeting?", "Average <strong>", "of 10, on average", ">Rating<");
        }
        mvc.perform(post("/meetings/{id}/rating", meeting).param("score", "10").session(admin).with(csrf())).andExpect(status().isForbidden());
        assertThat(meetings.trend(fixture.seriesId, people.principalOf("admin")).meetings()).singleElement()
                .satisfies(p -> assertThat(p.rating()).isNull());
        assertThat(meetings.trend(fixture.seriesId, ceo).meetings()).singleElement().satisfies(p -> assertThat(p.rating()).isEqualTo(6.0));

        // The board and the rest of the leadership team get 403 on all of it.
        for (String outsider : List.of("board", "cfo", "cmo")) {
            MockHttpSession session = SignIn.demo(mvc, outsider);
            mvc.perform(get("/meetings/{id}/recap", meeting).session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/meetings/series/{id}", fixture.seriesId).session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/meetings/{id}/rating", meeting).param("score", "10").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForList("select score from meeting_rating where meeting_id = ? order by score", Integer.class, meeting))
                .containsExactly(3, 9);
        // Nor does the API give them away.
        assertThat(mvc.perform(get("/api/v1/meetings/{id}", meeting).session(SignIn.demo(mvc, "ceo"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("\"rating", "\"score");
    }

    @Test
    void aMeetingIsRatedOnceClosedFromOneToTen() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        mvc.perform(post("/meetings/{id}/rating", meeting).param("score", "7").header("HX-Request", "true").session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(ratings.of(meeting, ceo)).as("no rating of a meeting still open").isEmpty();
        AsPerson.run(ceo, () -> commands.close(meeting, false, ceo));
        for (String bad : List.of("0", "11", "-3")) {
            mvc.perform(post("/meetings/{id}/rating", meeting).param("score", bad).header("HX-Request", "true").session(session)
                    .with(csrf())).andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/meetings/{id}/rating", meeting).param("score", "seven").header("HX-Request", "true").session(session)
                .with(csrf())).andExpect(status().isBadRequest());
        assertThatThrownBy(() -> ratings.rate(meeting, null, ceo)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("from 1 (a waste of time) to 10");
        assertThat(jdbc.queryForObject("select count(*) from meeting_rating where meeting_id = ?", Long.class, meeting)).isZero();
    }

    @Test
    void oneParticipantsTwoRatingsAtOnceAreOneRatingChangedTwice() throws Exception {
        AsPerson.run(ceo, () -> commands.close(meeting, false, ceo));
        List<String> outcomes = Race.between("meeting_rating",
                () -> String.valueOf(ratings.rate(meeting, 4, cro).mine()),
                () -> String.valueOf(ratings.rate(meeting, 6, cro).mine()));
        assertThat(outcomes).containsExactlyInAnyOrder("4", "6");
        assertThat(jdbc.queryForList("select score from meeting_rating where meeting_id = ?", Integer.class, meeting))
                .singleElement().isIn(4, 6);
    }
}
