package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.RecapDelivery;
import dev.cadence.meetings.RecapMailing;
import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.MailIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.support.TestSmtp;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.Flash;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Closing a meeting e-mails each participant their own copy of the recap through a real SMTP server (GreenMail):
 * decisions, action items with owners and due dates, the message and the PDF, read back as a mail client would;
 * a private point only in its author's copy and in no PDF; once each, however often the sender runs. A mail server
 * that is down delays the e-mails and loses none; preferences off, nothing is sent.
 */
@CadenceIntegrationTest
@MailIntegrationTest
class RecapMailIT {

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
    EmailPreferenceService preferences;
    @Autowired
    OutboxSender sender;
    @Autowired
    RecapDelivery delivery;
    @Autowired
    ApplicationClock clock;
    @Autowired
    MockMvc mvc;

    private MailMeeting meeting() {
        return new MailMeeting(people, series, meetings, commands, actionItems);
    }

    @Test
    void eachParticipantReceivesTheirOwnCopyWithThePdfOnceAndNoOneElsesPrivatePoints() throws Exception {
        MailMeeting m = meeting().filled("alpha");
        m.close();

        RecapMailing queued = delivery.mailingOf(m.meetingId);
        assertThat(queued.copies()).extracting(RecapMailing.Copy::state).containsExactly(RecapMailing.State.QUEUED, RecapMailing.State.QUEUED);
        assertThat(queued.summary()).isEqualTo("Recap e-mail: queued for 2 participants.");
        assertThat(TestSmtp.messagesTo(m.ceoPerson.email())).as("nothing is sent in the closing transaction").isEmpty();

        sender.sendDue();

        ReadMail maya = only(m.ceoPerson.email());
        ReadMail daniel = only(m.croPerson.email());
        for (ReadMail copy : List.of(maya, daniel)) {
            assertThat(copy.subject()).startsWith("Recap: Mail 1:1 ");
            assertThat(copy.html()).contains("Message to the org alpha", "Decision alpha", "We hold EMEA hiring until Q2 alpha",
                    "Action alpha", m.croPerson.name(), "http://cadence.test/meetings/" + m.meetingId + "/recap");
            assertThat(copy.text()).contains("Message to the org alpha", "Decision alpha", "Action alpha");
            assertThat(copy.pdf()).startsWith("%PDF".getBytes());
            assertThat(copy.pdfText()).contains("Decision alpha", "Message to the org alpha", "Shared blocker alpha")
                    .doesNotContain("private worry");
        }
        assertThat(maya.html()).contains("Maya private worry alpha", "only in your copy").doesNotContain("Daniel private worry");
        assertThat(maya.text()).contains("Maya private worry alpha").doesNotContain("Daniel private worry");
        assertThat(daniel.html()).contains("Daniel private worry alpha").doesNotContain("Maya private worry");
        assertThat(daniel.text()).contains("Daniel private worry alpha").doesNotContain("Maya private worry");

        sender.sendDue();
        try (var later = clock.at(Instant.now().plus(Duration.ofDays(1)))) {
            sender.sendDue();
        }
        assertThat(TestSmtp.messagesTo(m.ceoPerson.email())).as("sent once").hasSize(1);
        assertThat(TestSmtp.messagesTo(m.croPerson.email())).as("sent once").hasSize(1);
        RecapMailing sent = delivery.mailingOf(m.meetingId);
        assertThat(sent.copies()).extracting(RecapMailing.Copy::state).containsOnly(RecapMailing.State.SENT);
        assertThat(sent.copies()).extracting(RecapMailing.Copy::address)
                .containsExactlyInAnyOrder(m.ceoPerson.email(), m.croPerson.email());
        assertThat(sent.summary()).isEqualTo("Recap e-mail: sent to 2 participants.");
    }

    @Test
    void aMailServerThatIsDownDelaysTheRecapNeverBlocksTheCloseAndItArrivesOnceWhenBack() {
        MailMeeting m = meeting().filled("outage");
        TestSmtp.stop();
        try {
            m.close();
            assertThat(meetings.page(m.meetingId, m.ceo).closed()).as("the close went through").isTrue();

            Instant failedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            sender.sendDue();
            RecapMailing retrying = delivery.mailingOf(m.meetingId);
            assertThat(retrying.summary()).isEqualTo("Recap e-mail: retrying for 2 participants.");
            assertThat(retrying.copies()).allSatisfy(copy -> {
                assertThat(copy.state()).isEqualTo(RecapMailing.State.RETRYING);
                assertThat(copy.attempts()).isEqualTo(1);
                assertThat(copy.note()).isNotBlank();
                assertThat(copy.at()).isBetween(failedAt.plus(Duration.ofSeconds(59)), Instant.now().plus(Duration.ofSeconds(61)));
            });

            // Still down a minute later: the second wait is twice the first.
            try (var aMinuteLater = clock.at(Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofSeconds(61)))) {
                sender.sendDue();
                assertThat(delivery.mailingOf(m.meetingId).copies()).allSatisfy(copy -> {
                    assertThat(copy.attempts()).isEqualTo(2);
                    assertThat(Duration.between(clock.instant(), copy.at())).isEqualTo(Duration.ofMinutes(2));
                });
            }
        } finally {
            TestSmtp.start();
        }
        sender.sendDue();
        assertThat(TestSmtp.messagesTo(m.ceoPerson.email())).as("not before its next attempt").isEmpty();

        try (var threeMinutesLater = clock.at(Instant.now().plus(Duration.ofMinutes(3).plusSeconds(5)))) {
            sender.sendDue();
            sender.sendDue();
        }
        try (var anHourLater = clock.at(Instant.now().plus(Duration.ofHours(1)))) {
            sender.sendDue();
        }
        assertThat(TestSmtp.messagesTo(m.ceoPerson.email())).hasSize(1);
        assertThat(TestSmtp.messagesTo(m.croPerson.email())).hasSize(1);
        assertThat(ReadMail.of(TestSmtp.messagesTo(m.croPerson.email()).get(0)).html()).contains("Decision outage");
        assertThat(delivery.mailingOf(m.meetingId).copies()).allSatisfy(copy -> {
            assertThat(copy.state()).isEqualTo(RecapMailing.State.SENT);
            assertThat(copy.attempts()).isEqualTo(3);
        });
    }

    @Test
    void anE_mailStillUndeliveredAfterThreeDaysIsMarkedNotDelivered() {
        MailMeeting m = meeting().filled("give-up");
        TestSmtp.stop();
        try {
            m.close();
            try (var fourDaysLater = clock.at(Instant.now().plus(Duration.ofDays(4)))) {
                sender.sendDue();
            }
        } finally {
            TestSmtp.start();
        }
        RecapMailing mailing = delivery.mailingOf(m.meetingId);
        assertThat(mailing.copies()).allSatisfy(copy -> {
            assertThat(copy.state()).isEqualTo(RecapMailing.State.FAILED);
            assertThat(copy.note()).startsWith("Given up after 1 attempt: ");
        });
        assertThat(mailing.summary()).isEqualTo("Recap e-mail: not delivered to 2 participants.");
    }

    @Test
    void aParticipantWhoTurnedRecapsOffGetsNoneAndThePageSaysSo() throws Exception {
        MailMeeting m = meeting().filled("prefs");
        preferences.choose(m.ceoPerson.id(), false, true, preferences.of(m.ceoPerson.id()).version());
        m.close();
        sender.sendDue();

        assertThat(TestSmtp.messagesTo(m.ceoPerson.email())).isEmpty();
        assertThat(TestSmtp.messagesTo(m.croPerson.email())).hasSize(1);
        RecapMailing mailing = delivery.mailingOf(m.meetingId);
        assertThat(mailing.summary()).isEqualTo("Recap e-mail: sent to 1 participant; not sent to 1 participant (turned recap e-mails off).");

        // Turned off after the close, before the sender ran: not sent either.
        MailMeeting late = meeting().filled("late");
        late.close();
        preferences.choose(late.croPerson.id(), false, true, preferences.of(late.croPerson.id()).version());
        sender.sendDue();
        assertThat(TestSmtp.messagesTo(late.croPerson.email())).isEmpty();
        assertThat(TestSmtp.messagesTo(late.ceoPerson.email())).hasSize(1);
        assertThat(delivery.mailingOf(late.meetingId).copies()).filteredOn(c -> c.name().equals(late.croPerson.name()))
                .singleElement().satisfies(c -> {
                    assertThat(c.state()).isEqualTo(RecapMailing.State.SKIPPED);
                    assertThat(c.note()).isEqualTo("Turned recap e-mails off");
                });
    }

    @Test
    void theCloseConfirmationAndTheRecapPageSayWhoTheRecapWentToAndHowItStands() throws Exception {
        MailMeeting m = meeting().filled("page");
        MockHttpSession maya = SignIn.as(mvc, m.ceoPerson.username(), PersonFixture.PASSWORD);

        String meetingPage = mvc.perform(get("/meetings/" + m.meetingId).session(maya)).andReturn().getResponse().getContentAsString();
        assertThat(meetingPage).contains("Each participant then receives the recap by e-mail");

        MvcResult closed = mvc.perform(post("/meetings/" + m.meetingId + "/close").session(maya).with(csrf())
                .param("moveUndiscussed", "true").param("closeUnstarted", "true")).andReturn();
        assertThat(((Flash) closed.getFlashMap().get(Flash.ATTRIBUTE)).message())
                .startsWith("Meeting closed. Recap e-mail: queued for 2 participants.");

        String queued = recapPage(m, maya);
        assertThat(queued).contains("Recap by e-mail", "Recap e-mail: queued for 2 participants.", m.croPerson.name(), "Queued");

        sender.sendDue();
        String sent = recapPage(m, maya);
        assertThat(sent).contains("Recap e-mail: sent to 2 participants.", m.ceoPerson.email(), m.croPerson.email(), "Sent");
    }

    private String recapPage(MailMeeting m, MockHttpSession session) throws Exception {
        return mvc.perform(get("/meetings/" + m.meetingId + "/recap").session(session)).andReturn().getResponse().getContentAsString();
    }

    private static ReadMail only(String address) {
        return ReadMail.of(assertThat(TestSmtp.messagesTo(address)).as("e-mails to " + address).hasSize(1).actual().get(0));
    }
}
