package dev.cadence.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.cadence.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The CRO opens this week's forecast review, reads what moved and the deals that moved, and opens a deal. */
class ForecastReviewJourneyIT extends BrowserTest {

    @Test
    void theCroReadsThisWeeksReviewAndOpensADealThatMoved() {
        Page page = signIn("cro", "demo");
        page.navigate(url("/meetings"));
        page.locator(".meeting-list__link").filter(new Locator.FilterOptions().setHasText("Forecast & pipeline review")).first().click();
        assertThat(page.locator("h1")).containsText("Forecast & pipeline review");

        Locator whatMoved = page.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("2. What moved"));
        assertThat(whatMoved.locator(".panel__asof")).containsText("As of");
        Locator waterfall = whatMoved.locator(".panel-table--waterfall");
        assertThat(waterfall).containsText("Start (");
        assertThat(waterfall).containsText("Pushed out");
        assertThat(waterfall).containsText("End (");
        assertThat(waterfall.locator(".panel-table__total").first()).containsText("$");
        assertThat(whatMoved.getByText("The waterfall →")).isVisible();

        Locator deals = page.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("3. Deals that moved"))
                .locator(".panel-table--deals");
        assertThat(deals).containsText("Moved");
        Locator firstDeal = deals.locator("tbody tr").first().locator("a").first();
        String name = firstDeal.textContent().strip();
        firstDeal.click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/pipeline/deals/.+"));
    }
}
