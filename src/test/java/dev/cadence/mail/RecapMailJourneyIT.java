package dev.cadence.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.people.PersonService;
import dev.cadence.support.BrowserTest;
import dev.cadence.support.MailIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.TestSmtp;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CRO chooses their e-mails on their account page; the CEO runs the meeting, keeps a private point, closes it,
 * and the recap page says the recap is queued for both; once the sender has run it says sent, and the test mail
 * server holds each one's copy with the PDF, the CEO's private point in the CEO's only.
 */
@MailIntegrationTest
class RecapMailJourneyIT extends BrowserTest {

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

    @Test
    void theRecapOfAMeetingClosedInTheBrowserArrivesInEachParticipantsInbox() throws Exception {
        MailMeeting m = new MailMeeting(people, series, meetings, commands, actionItems);
        long blockers = m.section(2);

        Page cro = signIn(m.croPerson.username(), PersonFixture.PASSWORD);
        cro.navigate(url("/account"));
        assertThat(cro.getByLabel("Meeting recaps")).isChecked();
        cro.getByLabel("Daily digest of my action items").uncheck();
        cro.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save e-mail preferences")).click();
        assertThat(cro.locator(".flash")).containsText("E-mail preferences saved: recap e-mails on, daily digest off.");
        assertThat(cro.getByLabel("Daily digest of my action items")).not().isChecked();

        Page ceo = signIn(m.ceoPerson.username(), PersonFixture.PASSWORD);
        ceo.navigate(url("/meetings/" + m.meetingId));
        assertThat(ceo.locator("#close")).containsText("Each participant then receives the recap by e-mail");
        ceo.locator("#new-item-" + blockers).fill("Legal review takes 9 days on enterprise paper");
        ceo.locator("#new-item-" + blockers).press("Enter");
        assertThat(ceo.locator("#items-" + blockers)).containsText("Legal review takes 9 days");
        ceo.locator("#new-item-" + blockers).fill("Board pressure on the Q4 number");
        ceo.locator("#add-item-" + blockers).getByLabel("Private").check();
        ceo.locator("#new-item-" + blockers).press("Enter");
        assertThat(ceo.locator("#items-" + blockers)).containsText("Board pressure on the Q4 number");
        ceo.locator("#message-text").fill("Enterprise paper gets a legal fast lane.");
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(ceo.locator("#meeting-message")).containsText("Last saved by " + m.ceoPerson.name());

        // Closing shows what it leaves behind first; a meeting never started asks for a confirmation.
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        ceo.getByLabel("Close it without holding it").check();
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        assertThat(ceo).hasURL(Pattern.compile("/meetings/" + m.meetingId + "/recap$"));
        assertThat(ceo.locator(".flash")).containsText("Recap e-mail: queued for 2 participants.");
        Locator delivery = ceo.locator("#recap-mail");
        assertThat(delivery).containsText(m.croPerson.name());
        assertThat(delivery.locator("tbody tr")).hasCount(2);
        assertThat(delivery.locator(".mail-state--queued")).hasCount(2);

        sender.sendDue();
        ceo.reload();
        assertThat(delivery).containsText("Recap e-mail: sent to 2 participants.");
        assertThat(delivery.locator(".mail-state--sent")).hasCount(2);
        assertThat(delivery).containsText(m.croPerson.email());

        ReadMail croCopy = ReadMail.of(TestSmtp.messagesTo(m.croPerson.email()).get(0));
        ReadMail ceoCopy = ReadMail.of(TestSmtp.messagesTo(m.ceoPerson.email()).get(0));
        org.assertj.core.api.Assertions.assertThat(croCopy.html())
                .contains("Enterprise paper gets a legal fast lane.").doesNotContain("Board pressure");
        org.assertj.core.api.Assertions.assertThat(croCopy.pdfText())
                .contains("Legal review takes 9 days on enterprise paper").doesNotContain("Board pressure");
        org.assertj.core.api.Assertions.assertThat(ceoCopy.html()).contains("Board pressure on the Q4 number");
        org.assertj.core.api.Assertions.assertThat(ceoCopy.pdfText()).doesNotContain("Board pressure");
    }
}
