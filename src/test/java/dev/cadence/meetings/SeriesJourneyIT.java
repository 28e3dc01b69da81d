package dev.cadence.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CEO sets up a monthly series of her own in the browser — its kind's template, then a section added, moved up with
 * the keyboard and another dragged into place — runs its first meeting, closes it with a rating and changes the rating
 * on the recap; the series page's trend shows it.
 */
class SeriesJourneyIT extends BrowserTest {

    @Test
    void theCeoSetsUpASeriesRunsItsFirstMeetingClosesItAndRatesIt() {
        Page page = signIn("ceo", "demo");
        page.navigate(url("/meetings"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New series")).click();
        page.waitForURL(url("/meetings/series/new")); // loaded: htmx and Cadence's script drive the form
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("New meeting series");

        String name = "Partner council " + System.nanoTime() % 1_000_000;
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        // Choosing the kind starts the agenda from its template, in place.
        page.evaluate("() => window.__sameDocument = true");
        page.getByLabel("Kind").selectOption("OTHER");
        assertThat(page.getByLabel("Section 1", new Page.GetByLabelOptions().setExact(true))).hasValue("Updates");
        assertThat(page.getByLabel("Section 4", new Page.GetByLabelOptions().setExact(true))).hasValue("Decisions and the message");
        page.getByLabel("Priya Raman").check();

        // Monthly on the last Friday, 16:30 London: the week of the month shows once "Monthly" is chosen.
        Locator week = page.getByLabel("Which of the month");
        assertThat(week).isHidden();
        page.getByLabel("How often").selectOption("MONTHLY");
        assertThat(week).isVisible();
        week.selectOption("LAST");
        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).selectOption("FRIDAY");
        page.getByLabel("Starts at").fill("16:30");
        page.getByLabel("Time zone").selectOption("Europe/London");
        page.getByLabel("Meeting length").fill("60");

        // A section added takes the focus; typed, then moved up twice with the keyboard.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+ Add a section")).click();
        Locator fifth = page.getByLabel("Section 5", new Page.GetByLabelOptions().setExact(true));
        assertThat(fifth).isFocused();
        page.keyboard().type("Hiring");
        page.getByLabel("Time box").nth(4).fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Hiring up")).focus();
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Section 4", new Page.GetByLabelOptions().setExact(true))).hasValue("Hiring");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Hiring up"))).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Section 3", new Page.GetByLabelOptions().setExact(true))).hasValue("Hiring");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("is now section")))
                .hasText("“Hiring” is now section 3 of 5.");

        // "Updates" dragged by its handle below "Top 3 priorities".
        Locator rows = page.locator(".agenda-editor__row");
        rows.nth(0).locator(".drag-handle").dragTo(rows.nth(1), new Locator.DragToOptions().setTargetPosition(20, 60));
        assertThat(page.getByLabel("Section 1", new Page.GetByLabelOptions().setExact(true))).hasValue("Top 3 priorities");
        assertThat(page.getByLabel("Section 2", new Page.GetByLabelOptions().setExact(true))).hasValue("Updates");
        assertThat(page.getByLabel("Section 3", new Page.GetByLabelOptions().setExact(true))).hasValue("Hiring");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => window.__sameDocument === true"))
                .as("the agenda was edited without a reload").isTrue();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the series")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(name);
        assertThat(page.locator(".flash")).containsText("is set up");
        assertThat(page.locator(".page-header__lead")).hasText("Monthly on the last Friday, 16:30 (Europe/London), 60 min");
        assertThat(page.locator("#agenda-title + p + table tbody tr")).hasCount(5);

        // Its first meeting: a talking point, started, the message, closed with a rating of 8.
        page.locator("#meetings-title + table a").first().click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(name);
        page.getByLabel("A talking point for Hiring").fill("Two partner managers by March");
        page.getByLabel("A talking point for Hiring").press("Enter");
        assertThat(page.locator(".agenda")).containsText("Two partner managers by March");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the meeting")).click();
        assertThat(page.locator("#meeting-status")).containsText("Now: 1. Top 3 priorities");
        page.locator("#message-text").fill("Partners get one manager each by March.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(page.locator("#meeting-message")).containsText("Last saved by Maya Chen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        page.getByLabel("How useful was it?").selectOption(new SelectOption().setLabel("8 of 10"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+/recap$"));

        // The recap: her rating, changed to 9 in place.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(name);
        Locator rating = page.locator("#meeting-rating");
        assertThat(rating).containsText("You rated it 8.");
        rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("9").setExact(true)).click();
        assertThat(rating).containsText("Saved: you rated it 9.");
        assertThat(rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("9").setExact(true)))
                .hasAttribute("aria-pressed", "true");

        // The series page's trend has it.
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumbs"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        Locator trend = page.locator("article[aria-labelledby=trend-title]");
        assertThat(trend).containsText("Over its one closed meeting so far.");
        assertThat(trend.locator(".stat").first()).containsText("9.0");
        assertThat(trend.locator(".trend-table tbody tr")).hasCount(1);
    }
}
