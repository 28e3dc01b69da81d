package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Without a mail server configured (no {@code spring.mail.host}), closing works as ever and says that no e-mail was sent. */
@CadenceIntegrationTest
class NoMailServerIT {

    @Autowired
    PersonService people;
    @Autowired
    MeetingSeriesService series;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void closingWorksQueuesNothingAndSaysNoEmailWasSent() throws Exception {
        MailMeeting m = new MailMeeting(people, series, meetings, commands, actionItems).filled("no-smtp");
        MockHttpSession maya = SignIn.as(mvc, m.ceoPerson.username(), PersonFixture.PASSWORD);

        assertThat(page(maya, "/meetings/" + m.meetingId)).contains("No e-mail will be sent: Cadence has no mail server configured.");
        MvcResult closed = mvc.perform(post("/meetings/" + m.meetingId + "/close").session(maya).with(csrf())
                .param("closeUnstarted", "true")).andReturn();
        assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + m.meetingId + "/recap");
        assertThat(((Flash) closed.getFlashMap().get(Flash.ATTRIBUTE)).message())
                .startsWith("Meeting closed. No e-mail was sent: Cadence has no mail server configured.");

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where meeting_id = ?", Integer.class, m.meetingId)).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(page(maya, "/meetings/" + m.meetingId + "/recap"))
                .contains("Recap by e-mail", "No e-mail was sent: Cadence has no mail server configured.");
        assertThat(page(maya, "/account")).contains("No mail server is configured for Cadence yet");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }
}
