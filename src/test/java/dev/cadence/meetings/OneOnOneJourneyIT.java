package dev.cadence.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.people.PersonService;
import dev.cadence.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CEO and the CRO run their 1:1 in two browsers at once: each sees the other's changes without a
 * reload and without losing what they are typing; they run the sections, capture a decision and an
 * action item, agree the message, close, and the recap PDF holds it all.
 */
class OneOnOneJourneyIT extends BrowserTest {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;

    long meeting;
    long blockers;
    long priorities;

    @BeforeEach
    void aMeetingInPreparation() {
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, people.principalOf("ceo"),
                people.principalOf("cro"));
        meeting = fixture.nextMeeting();
        priorities = fixture.section(meeting, 2);
        blockers = fixture.section(meeting, 3);
    }

    @Test
    void bothLeadersRunTheMeetingTogetherAndTheRecapPdfHoldsItsOutcome() throws Exception {
        Page ceo = signIn("ceo", "demo");
        Page cro = signIn("cro", "demo");
        ceo.navigate(url("/meetings/" + meeting));
        cro.navigate(url("/meetings/" + meeting));
        cro.evaluate("() => window.__sameDocument = true");

        // The CRO starts typing the message; meanwhile the CEO adds a talking point.
        Locator croMessage = cro.locator("#message-text");
        croMessage.fill("Draft: we hold EMEA hiring");
        ceo.locator("#new-item-" + blockers).fill("Legal review takes 9 days on enterprise paper");
        ceo.locator("#new-item-" + blockers).press("Enter");
        assertThat(ceo.locator("#items-" + blockers)).containsText("Legal review takes 9 days");
        assertThat(ceo.locator("#new-item-" + blockers)).hasValue("");

        // It appears on the CRO's page by itself, and what the CRO was typing is still there.
        assertThat(cro.locator("#items-" + blockers)).containsText("Legal review takes 9 days on enterprise paper");
        assertThat(croMessage).hasValue("Draft: we hold EMEA hiring");
        org.assertj.core.api.Assertions.assertThat((Boolean) cro.evaluate("() => window.__sameDocument === true"))
                .as("no reload on the CRO's side").isTrue();

        // A fourth priority is refused in place; the text typed stays.
        for (String p : new String[] {"Coverage to 3×", "SDR plan", "Pricing page"}) {
            cro.locator("#new-item-" + priorities).fill(p);
            cro.locator("#add-item-" + priorities).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
            assertThat(cro.locator("#items-" + priorities)).containsText(p);
        }
        cro.locator("#new-item-" + priorities).fill("A fourth priority");
        cro.locator("#new-item-" + priorities).press("Enter");
        assertThat(cro.locator("#add-item-" + priorities + " .error-message")).containsText("never more than three");
        assertThat(cro.locator("#new-item-" + priorities)).hasValue("A fourth priority");

        // The CEO starts the meeting and moves to the next section; the CRO's page follows.
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the meeting")).click();
        assertThat(cro.locator("#meeting-status")).containsText("Now: 1. What changed since last week");
        assertThat(cro.locator("#meeting-status .countdown")).containsText("left");
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: Top 3 priorities →")).click();
        assertThat(cro.locator("#section-head-" + priorities)).hasClass(java.util.regex.Pattern.compile("is-current"));

        // The CRO marks the blocker discussed; the CEO captures a decision and an action item in place.
        cro.locator("#items-" + blockers + " .check-button").first().click();
        assertThat(ceo.locator("#items-" + blockers + " .check-button").first()).hasAttribute("aria-pressed", "true");

        ceo.locator("summary", new Page.LocatorOptions().setHasText("Capture a decision")).click();
        ceo.locator("#decision-title").fill("Standard paper gets a 48-hour legal fast lane");
        ceo.locator("#decision-text").fill("Order forms without redlines are signed off by Legal within 48 hours.");
        ceo.locator("#decision-decider").selectOption(new SelectOption().setLabel("Maya Chen"));
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(cro.locator("#meeting-decisions")).containsText("Standard paper gets a 48-hour legal fast lane");

        ceo.locator("#action-text").fill("Propose the legal fast lane to the General Counsel");
        ceo.locator("#action-owner").selectOption(new SelectOption().setLabel("Daniel Okafor"));
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
        assertThat(cro.locator("#meeting-actions")).containsText("Propose the legal fast lane to the General Counsel");
        assertThat(ceo.locator("#action-text")).hasValue("");

        // The CRO finishes and saves the message; the CEO sees it, then closes the meeting.
        croMessage.fill("We hold EMEA hiring until enterprise coverage is back at 3×.");
        cro.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(ceo.locator("#message-text")).hasValue("We hold EMEA hiring until enterprise coverage is back at 3×.");
        // Closing shows what it leaves behind first.
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        assertThat(ceo).hasURL(java.util.regex.Pattern.compile("/meetings/" + meeting + "/recap$"));
        assertThat(ceo.locator(".recap")).containsText("Standard paper gets a 48-hour legal fast lane");

        // The CRO's page turns read-only by itself.
        assertThat(cro.locator("#meeting-status")).containsText("Closed by Maya Chen");

        APIResponse pdf = ceo.request().get(url("/meetings/" + meeting + "/recap.pdf"));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Standard paper gets a 48-hour legal fast lane")
                    .contains("Propose the legal fast lane to the General Counsel")
                    .contains("Daniel Okafor")
                    .contains("We hold EMEA hiring until enterprise coverage is back at 3×.");
        }
    }
}
