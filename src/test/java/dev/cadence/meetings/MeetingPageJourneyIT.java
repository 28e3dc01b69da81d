package dev.cadence.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.people.PersonService;
import dev.cadence.support.BrowserTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CEO prepares and closes a 1:1 from the keyboard and the mouse: puts the priorities in order with Alt+↓ (announced,
 * the focus kept) and by dragging one, records a decision that first needs a reason (the form then clears and says so), and closes a meeting
 * still in preparation only after its summary and a confirmation.
 */
class MeetingPageJourneyIT extends BrowserTest {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;

    long meeting;
    long priorities;
    long first;

    @BeforeEach
    void aMeetingWithThreePriorities() {
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, people.principalOf("ceo"),
                people.principalOf("cro"));
        meeting = fixture.nextMeeting();
        priorities = fixture.section(meeting, 2);
        first = commands.addItem(meeting, priorities, "Coverage to 3×", false, fixture.cro).id();
        commands.addItem(meeting, priorities, "SDR plan", false, fixture.ceo);
        commands.addItem(meeting, priorities, "Pricing page", false, fixture.cro);
    }

    @Test
    void reorderByKeyboardRecordADecisionThatNeedsAReasonAndCloseAfterTheSummary() {
        Page ceo = signIn("ceo", "demo");
        ceo.navigate(url("/meetings/" + meeting));
        Locator list = ceo.locator("#items-" + priorities + " ol.agenda-items");

        // Alt+↓ on the first priority moves it down one place: announced, the order saved, the focus still on it.
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move down: Coverage to 3×")).focus();
        ceo.keyboard().press("Alt+ArrowDown");
        assertThat(ceo.locator("#meeting-announcer")).hasText("Moved “Coverage to 3×” to position 2 of 3.");
        assertThat(list.locator("> li .agenda-item__words")).hasText(new String[] {"SDR plan", "Coverage to 3×", "Pricing page"});
        assertThat(ceo.locator(":focus")).hasAttribute("aria-label", Pattern.compile("Move (down|up): Coverage to 3×"));
        ceo.keyboard().press("Alt+ArrowDown");
        assertThat(list.locator("> li .agenda-item__words")).hasText(new String[] {"SDR plan", "Pricing page", "Coverage to 3×"});
        org.assertj.core.api.Assertions.assertThat(meetings.page(meeting, people.principalOf("cro")).sections().get(1).items())
                .extracting(ItemView::text).containsExactly("SDR plan", "Pricing page", "Coverage to 3×");

        // Dragged by its handle back to the top.
        Locator rows = list.locator("> li");
        rows.nth(2).locator(".drag-handle").dragTo(rows.nth(0), new Locator.DragToOptions().setTargetPosition(20, 5));
        assertThat(ceo.locator("#meeting-announcer")).hasText("Moved “Coverage to 3×” to position 1 of 3.");
        assertThat(list.locator("> li .agenda-item__words")).hasText(new String[] {"Coverage to 3×", "SDR plan", "Pricing page"});

        // A decision outside the CEO's rights (the CRO decides pricing): the warning asks why; with the reason it is recorded
        // and the form clears.
        ceo.locator("summary", new Page.LocatorOptions().setHasText("Capture a decision")).click();
        ceo.locator("#decision-title").fill("Discounts above 20% need the CFO");
        ceo.locator("#decision-text").fill("Deals above 20% discount wait for the CFO's sign-off.");
        ceo.locator("#decision-area").selectOption(new SelectOption().setLabel("Pricing and discount approval — Daniel Okafor decides"));
        ceo.locator("#decision-decider").selectOption(new SelectOption().setLabel("Maya Chen"));
        assertThat(ceo.locator("#decider-warning")).containsText("Maya Chen");
        ceo.locator("#overrideReason").fill("Daniel is travelling; agreed with him by phone.");
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(ceo.locator("#meeting-decisions")).containsText("Discounts above 20% need the CFO");
        assertThat(ceo.locator("#decision-form .form-confirmation")).containsText("Decision recorded");
        assertThat(ceo.locator("#decision-title")).hasValue("");
        assertThat(ceo.locator("#decision-text")).hasValue("");
        assertThat(ceo.locator("#overrideReason")).hasCount(0);
        assertThat(ceo.locator("#decision-title")).isFocused();

        // Closing a meeting that never started: the summary first; without the confirmation, refused beside the control.
        ceo.locator("#message-text").fill("We hold EMEA hiring until coverage is back at 3×.");
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(ceo.locator("#meeting-message .form-confirmation")).hasText("Message saved.");
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        Locator summary = ceo.locator("#close-summary");
        assertThat(summary).containsText("The meeting has not started");
        assertThat(summary).containsText("Not covered (5 of 5)");
        assertThat(summary).containsText("The message to the org is agreed.");
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        Locator refusal = summary.locator(".field--error .error-message");
        assertThat(refusal).containsText("still in preparation");
        assertThat(refusal).isInViewport();
        org.assertj.core.api.Assertions.assertThat(underTheStickyBar(ceo, refusal)).as("the refusal is not under the sticky bar").isFalse();
        assertThat(ceo).hasURL(url("/meetings/" + meeting));

        ceo.getByLabel("Close it without holding it").check();
        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        assertThat(ceo).hasURL(Pattern.compile("/meetings/" + meeting + "/recap$"));
        assertThat(ceo.locator(".flash")).containsText("Meeting closed.");
        assertThat(ceo.locator(".recap")).containsText("Discounts above 20% need the CFO");
    }

    /** Whether the element's top is hidden by the meeting's sticky status bar. */
    private static boolean underTheStickyBar(Page page, Locator element) {
        List<?> boxes = (List<?>) element.evaluate("(el) => { const bar = document.getElementById('meeting-status').getBoundingClientRect();"
                + " const box = el.getBoundingClientRect(); return [box.top, bar.bottom]; }");
        return ((Number) boxes.get(0)).doubleValue() < ((Number) boxes.get(1)).doubleValue();
    }
}
