package dev.cadence.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
        assertThat(page.getByText("Daniel Okafor")).isVisible();

        page.reload();
        org.assertj.core.api.Assertions.assertThat(consoleErrors)
                .as("no script or style is refused by the Content-Security-Policy").isEmpty();
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => typeof htmx !== 'undefined'"))
                .as("htmx loads from the webjar").isTrue();

        page.locator("summary").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Maya Chen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByText("You are signed out.")).isVisible();
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
