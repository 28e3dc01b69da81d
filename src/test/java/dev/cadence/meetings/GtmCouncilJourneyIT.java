package dev.cadence.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.BrowserTest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RevOps runs the monthly GTM council with the CFO watching in another browser: they open the council in preparation
 * from the meetings list, see the charter's proposals waiting, add a point, run the sections, capture a decision and an
 * action item, agree the month's message and close it; the recap holds it all, and the next council, a month later,
 * carries the action item.
 */
class GtmCouncilJourneyIT extends BrowserTest {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    PersonService people;

    String seriesName;
    long meeting;

    @BeforeEach
    void aCouncilInPreparation() {
        Set<Long> participants = new LinkedHashSet<>();
        for (String username : List.of("ceo", "cro", "cmo", "cfo", "vpcs", "revops")) {
            participants.add(people.principalOf(username).personId());
        }
        seriesName = "GTM council journey " + System.nanoTime();
        long seriesId = seriesService.createMonthlySeries(seriesName, MeetingKind.GTM_COUNCIL, 1, DayOfWeek.TUESDAY,
                LocalTime.of(10, 0), ZoneId.of("America/New_York"), 90, participants, AgendaTemplates.gtmCouncil()).id();
        CadenceUser revops = people.principalOf("revops");
        meeting = seriesService.ensureNextMeeting(seriesId, revops).id();
    }

    @Test
    void revOpsRunsTheCouncilAndTheRecapHoldsItsDecisionActionAndMessage() {
        Page revops = signIn("revops", "demo");
        Page cfo = signIn("cfo", "demo");
        revops.navigate(url("/meetings"));
        revops.locator(".meeting-list__link").filter(new Locator.FilterOptions().setHasText(seriesName)).first().click();
        assertThat(revops.locator("h1")).containsText(seriesName);
        assertThat(revops.locator("#meeting-status")).containsText("In preparation");
        cfo.navigate(url("/meetings/" + meeting));
        cfo.evaluate("() => window.__sameDocument = true");

        // The charter's section shows the proposals waiting for the CEO as of the council's day.
        Locator charter = revops.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("7. Charter changes"));
        assertThat(charter.locator(".panel__asof")).containsText("As of");
        assertThat(charter).containsText("Proposals waiting for the CEO");

        // RevOps adds a point to packaging and pricing; the CFO sees it without a reload.
        Locator pricing = revops.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("3. Packaging and pricing"));
        pricing.getByLabel("A talking point for Packaging and pricing").fill("New price list for February: ready for review");
        pricing.getByLabel("A talking point for Packaging and pricing").press("Enter");
        assertThat(cfo.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("3. Packaging and pricing")))
                .containsText("New price list for February: ready for review");

        // Run it: start, move on.
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the meeting")).click();
        assertThat(cfo.locator("#meeting-status")).containsText("Now: 1. What changed this month");
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: ICP and positioning →")).click();
        assertThat(cfo.locator("#meeting-status")).containsText("Now: 2. ICP and positioning");

        // A decision, into the decision log, and an action item.
        revops.locator("summary", new Page.LocatorOptions().setHasText("Capture a decision")).click();
        revops.locator("#decision-title").fill("February price list adds paid implementation tiers");
        revops.locator("#decision-text").fill("The February price list lists implementation as three fixed packages.");
        revops.locator("#decision-area").selectOption(new SelectOption().setLabel("Packaging — Maya Chen decides"));
        revops.locator("#decision-decider").selectOption(new SelectOption().setLabel("Maya Chen"));
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(cfo.locator("#meeting-decisions")).containsText("February price list adds paid implementation tiers");

        revops.locator("#action-text").fill("Publish the February price list to the deal desk");
        revops.locator("#action-owner").selectOption(new SelectOption().setLabel("Tom Lindqvist"));
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
        assertThat(cfo.locator("#meeting-actions")).containsText("Publish the February price list to the deal desk");

        // The month's message, then close: the recap.
        assertThat(revops.locator("#meeting-message")).containsText("No message this month");
        revops.locator("#message-text").fill("From February, implementation is a priced package; the deal desk has the list.");
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(cfo.locator("#message-text")).hasValue("From February, implementation is a priced package; the deal desk has the list.");
        // Closing shows what it leaves behind first.
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        // Closing prepares the next council from data (the scorecard by segment, the plan's levers, experiments, the
        // charter): on a busy machine that takes longer than an assertion's usual five seconds.
        assertThat(revops).hasURL(Pattern.compile("/meetings/" + meeting + "/recap$"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(90_000));
        Locator recap = revops.locator(".recap");
        assertThat(recap).containsText("February price list adds paid implementation tiers");
        assertThat(recap).containsText("Publish the February price list to the deal desk");
        assertThat(recap).containsText("Tom Lindqvist");
        assertThat(recap).containsText("From February, implementation is a priced package");
        assertThat(recap).containsText("Proposals waiting for the CEO");
        assertThat(cfo.locator("#meeting-status")).containsText("Closed by Sam Whitaker");

        // The next council, on the first Tuesday of the next month, carries the open action item.
        revops.navigate(url("/meetings"));
        revops.locator(".meeting-list__link").filter(new Locator.FilterOptions().setHasText(seriesName)).first().click();
        assertThat(revops.locator("#meeting-status")).containsText("In preparation");
        assertThat(revops.locator("#meeting-actions")).containsText("Publish the February price list to the deal desk");
        assertThat(revops.locator("#meeting-actions")).containsText("from ");
    }
}
