package dev.cadence.scorecard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.support.BrowserTest;
import org.junit.jupiter.api.Test;

class ScorecardJourneyIT extends BrowserTest {

    @Test
    void revOpsEditsADefinitionAndSeesTheNewRevisionInTheHistory() {
        Page page = signIn("revops", "demo");
        page.navigate(url("/metrics/sales-cycle-days"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit definition")).click();
        page.getByLabel("Data source").fill("Salesforce: Won opportunities with stage history (CPQ dates)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save definition")).click();

        assertThat(page).hasURL(url("/metrics/sales-cycle-days"));
        Locator latest = page.locator("#history .history > li").first();
        assertThat(latest).containsText("Sam Whitaker");
        assertThat(latest).containsText("Data source");
        assertThat(latest).containsText("(CPQ dates)");
    }

    @Test
    void theOwnerEntersThisWeeksValueAndSeesTheCellReColouredWithoutAReload() {
        Page page = signIn("vpcs", "demo");
        page.navigate(url("/scorecard"));
        Locator row = page.locator("tr[data-metric=expansion-arr]");
        Locator current = row.locator("td.cell").last();
        assertThat(current).hasAttribute("data-status", "NO_VALUE");
        page.evaluate("() => window.__sameDocument = true");

        current.locator("button").click();
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("142000");
        page.getByLabel("What changed, why, what it implies").fill("Canopy added 300 seats after the security review.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        Locator saved = row.locator("td.cell").last();
        assertThat(saved).hasAttribute("data-status", "ON_TRACK");
        assertThat(saved).containsText("$142K");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => window.__sameDocument === true"))
                .as("the cell was updated in place, without a reload").isTrue();
    }
}
