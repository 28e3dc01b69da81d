package dev.cadence.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.BrowserTest;
import dev.cadence.support.MailIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.TestSmtp;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A CEO sets up a series of her own in the browser with a colleague, runs its first meeting — a shared point, a private
 * one, a decision, an action item, the message — and closes it; the colleague's recap is in the test mail server (the
 * JVM's GreenMail, where this server sends): an HTML e-mail with the decision, the action item with its owner and due
 * date, and the message, the recap's PDF attached — and the CEO's private point in neither.
 */
@MailIntegrationTest
class SeriesRecapMailJourneyIT extends BrowserTest {

    @Autowired
    PersonService people;
    @Autowired
    OutboxSender sender;

    @Test
    void aSeriesSetUpInTheBrowserSendsTheRecapOfItsFirstMeetingToEachParticipant() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        PersonView ceo = PersonFixture.add(people, "Nora Series" + n, Role.CEO);
        PersonView cro = PersonFixture.add(people, "Omar Series" + n, Role.CRO);
        String name = "Partner sync " + n;

        Page page = signIn(ceo.username(), PersonFixture.PASSWORD);
        page.navigate(url("/meetings/series/new"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("New meeting series");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Kind").selectOption("OTHER");
        assertThat(page.getByLabel("Section 3", new Page.GetByLabelOptions().setExact(true))).hasValue("Open issues");
        page.getByLabel(cro.name(), new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the series")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(name);
        assertThat(page.locator(".flash")).containsText("is set up");

        // Its first meeting.
        page.locator("#meetings-title ~ table a").first().click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        long meeting = Long.parseLong(page.url().replaceAll(".*/meetings/(\\d+)$", "$1"));
        Locator issues = page.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("3. Open issues"));
        issues.getByLabel("A talking point for Open issues").fill("Partner portal SSO is late " + n);
        issues.getByLabel("A talking point for Open issues").press("Enter");
        assertThat(issues).containsText("Partner portal SSO is late " + n);
        issues.getByLabel("A talking point for Open issues").fill("I doubt Omar can absorb two partners " + n);
        issues.getByLabel("Private").check();
        issues.getByLabel("A talking point for Open issues").press("Enter");
        assertThat(issues).containsText("I doubt Omar can absorb two partners " + n);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the meeting")).click();
        assertThat(page.locator("#meeting-status")).containsText("Now: 1. Updates");

        page.locator("summary", new Page.LocatorOptions().setHasText("Capture a decision")).click();
        page.locator("#decision-title").fill("Two launch partners for Q1 " + n);
        page.locator("#decision-text").fill("We launch with two partners, not four.");
        page.locator("#decision-decider").selectOption(new SelectOption().setLabel(ceo.name()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#meeting-decisions")).containsText("Two launch partners for Q1 " + n);

        page.locator("#action-text").fill("Sign the second partner " + n);
        page.locator("#action-owner").selectOption(new SelectOption().setLabel(cro.name()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
        assertThat(page.locator("#meeting-actions")).containsText("Sign the second partner " + n);

        page.locator("#message-text").fill("Two launch partners in Q1; the portal waits for SSO " + n);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(page.locator("#meeting-message")).containsText("Last saved by " + ceo.name());
        assertThat(page.locator("#close")).containsText("Each participant then receives the recap by e-mail");
        // Closing shows what it leaves behind first.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        assertThat(page).hasURL(Pattern.compile("/meetings/" + meeting + "/recap$"));
        assertThat(page.locator(".flash")).containsText("Recap e-mail: queued for 2 participants.");

        // The sender runs (scheduled in production; by hand here): the colleague's copy is in the mail server.
        sender.sendDue();
        page.reload();
        assertThat(page.locator("#recap-mail")).containsText("Recap e-mail: sent to 2 participants.");
        ReadMail mail = ReadMail.of(org.assertj.core.api.Assertions.assertThat(TestSmtp.messagesTo(cro.email())).hasSize(1).actual().get(0));
        org.assertj.core.api.Assertions.assertThat(mail.subject()).startsWith("Recap: " + name);
        org.assertj.core.api.Assertions.assertThat(mail.html())
                .contains("Two launch partners for Q1 " + n, "We launch with two partners, not four.")
                .contains("Sign the second partner " + n, cro.name())
                .contains("Two launch partners in Q1; the portal waits for SSO " + n)
                .doesNotContain("I doubt Omar");
        org.assertj.core.api.Assertions.assertThat(mail.attachments()).hasSize(1)
                .allSatisfy((file, bytes) -> org.assertj.core.api.Assertions.assertThat(file).endsWith(".pdf"));
        org.assertj.core.api.Assertions.assertThat(mail.pdfText())
                .contains("Partner portal SSO is late " + n, "Two launch partners for Q1 " + n, "Sign the second partner " + n)
                .doesNotContain("I doubt Omar");
        // The author's own copy keeps her private point, in the e-mail only.
        ReadMail own = ReadMail.of(TestSmtp.messagesTo(ceo.email()).get(0));
        org.assertj.core.api.Assertions.assertThat(own.html()).contains("I doubt Omar can absorb two partners " + n);
        org.assertj.core.api.Assertions.assertThat(own.pdfText()).doesNotContain("I doubt Omar");
    }
}
