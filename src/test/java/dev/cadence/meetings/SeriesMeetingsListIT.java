package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A series' page and the meetings page list past meetings with their message to the org and how many decisions each recorded. */
@CadenceIntegrationTest
class SeriesMeetingsListIT {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;
    @Autowired
    MockMvc mvc;

    @Test
    void pastMeetingsShowTheirMessageAndTheirNumberOfDecisions() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        long first = fixture.nextMeeting();
        String token = String.valueOf(System.nanoTime());
        String message = "Enterprise renewals move to a named CSM from January " + token + ".";
        AsPerson.run(cro, () -> {
            commands.start(first, ceo);
            commands.recordDecision(first, "Named CSMs for enterprise", "Every enterprise account gets a named CSM.", "Churn risk",
                    cro.personId(), null, null, null, cro);
            commands.recordDecision(first, "CSM capacity review monthly", "Capacity is reviewed monthly.", "Coverage",
                    cro.personId(), null, null, null, cro);
        });
        long second = fixture.closeWithMessage(first, message, true);

        MockHttpSession session = SignIn.demo(mvc, "ceo");
        String page = mvc.perform(get("/meetings/series/" + fixture.seriesId).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String closedRow = page.substring(page.indexOf("/meetings/" + first + "\""));
        closedRow = closedRow.substring(0, closedRow.indexOf("</tr>"));
        assertThat(closedRow).contains(message).contains("<td class=\"num\">2</td>").contains("Recap");
        String preparedRow = page.substring(page.indexOf("/meetings/" + second + "\""));
        preparedRow = preparedRow.substring(0, preparedRow.indexOf("</tr>"));
        assertThat(preparedRow).as("the meeting being prepared has neither yet").contains("<td class=\"num\">—</td>")
                .doesNotContain("Recap");

        // The meetings page lists the past meeting the same way, with its recap and PDF (found by its message: the page
        // shows the latest thirty of every series the CEO is in, and other tests add series).
        String overview = mvc.perform(get("/meetings").param("q", token).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("Message to the org", "Decisions");
        String pastRow = overview.substring(overview.indexOf("<td class=\"nowrap\"><a href=\"/meetings/" + first + "\""));
        pastRow = pastRow.substring(0, pastRow.indexOf("</tr>"));
        assertThat(pastRow).contains(message).contains("<td class=\"num\">2</td>").contains("/meetings/" + first + "/recap.pdf");
    }
}
