package dev.cadence.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeJourneyIT extends BrowserTest {

    @Test
    void theCeoSignsInAndSeesHerWeek() {
        Page page = signIn("ceo", "demo");
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });

        assertThat(page).hasURL(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("This week, Maya");
        assertThat(page.locator(".brand__company")).hasText("Brightline Software");
        // The cockpit's blocks; the leadership directory folded out of the way until asked for.
        for (String block : List.of("Off track and at risk", "Waiting for your decision", "This week's meetings",
                "Overdue action items", "Forecast call")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(block))).isVisible();
        }
        assertThat(page.locator("#missing-values")).hasCount(0);
        assertThat(page.locator(".home-directory").getByText("Daniel Okafor")).isHidden();
        page.getByText("Your leadership team").click();
        assertThat(page.locator(".home-directory").getByText("Daniel Okafor")).isVisible();

        page.reload();
        org.assertj.core.api.Assertions.assertThat(consoleErrors)
                .as("no script or style is refused by the Content-Security-Policy").isEmpty();
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => typeof htmx !== 'undefined'"))
                .as("htmx loads from the webjar").isTrue();

        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Maya Chen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByText("You are signed out.")).isVisible();
    }

    @Test
    void theCroSeesAMetricOffTrackAndFollowsTheActionToTheScorecard() {
        Page page = signIn("cro", "demo");
        Locator scorecard = page.locator("#home-scorecard");
        Locator speedToLead = scorecard.locator(".home-alert").filter(new Locator.FilterOptions().setHasText("Speed to lead"));
        assertThat(speedToLead).containsText("Off track");
        assertThat(speedToLead).containsText("vs target 90%");
        assertThat(page.locator("#missing-values")).containsText("Speed to lead");

        scorecard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the scorecard")).click();
        assertThat(page).hasURL(url("/scorecard"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Speed to lead").setExact(true))).isVisible();
    }

    @Test
    void theBoardLandsOnItsOwnHomeWithNoMeetingsLink() {
        Page page = signIn("board", "demo");
        assertThat(page).hasURL(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("How Brightline Software is doing");
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meetings"))).hasCount(0);
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pipeline"))).hasCount(0);
        // The demo's last quarter was finalized: its pack is one click away.
        assertThat(page.locator("#home-board-pack")).containsText("version 1");
        assertThat(page.locator("#home-board-pack")).containsText("finalized");
        assertThat(page.locator("#home-messages li").first()).isVisible();
        assertThat(page.locator("#home-decisions li").first()).isVisible();

        page.locator("#home-decisions").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the decision log")).click();
        assertThat(page).hasURL(url("/decisions"));
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheSignInPageWithAMessage() {
        Page page = submitSignIn("ceo", "wrong");
        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sign-in failed");
        // The journeys' sign-in returns only on Home, so it refuses to go on from here.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signIn("ceo", "wrong"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("/login?error");
    }
}
