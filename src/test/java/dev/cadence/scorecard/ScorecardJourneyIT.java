package dev.cadence.scorecard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.company.CompanyService;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.BrowserTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each journey works on a metric of its own: the demo's definitions and values stay as the demo tells them. */
class ScorecardJourneyIT extends BrowserTest {

    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    @Test
    void revOpsEditsADefinitionAndSeesTheNewRevisionInTheHistory() {
        MetricView metric = MetricFixture.metric(definitions, people).key("journey-cycle").named("Journey sales cycle")
                .unit(MetricUnit.DAYS).lowerIsBetter().create();
        Page page = signIn("revops", "demo");
        page.navigate(url("/metrics/" + metric.key()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit definition")).click();
        page.getByLabel("Data source").fill("Salesforce: Won opportunities with stage history (CPQ dates)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save definition")).click();

        assertThat(page).hasURL(url("/metrics/" + metric.key()));
        Locator latest = page.locator("#history .history > li").first();
        assertThat(latest).containsText("Sam Whitaker");
        assertThat(latest).containsText("Data source");
        assertThat(latest).containsText("(CPQ dates)");
    }

    @Test
    void theOwnerEntersThisWeeksValueAndSeesTheCellReColouredWithoutAReload() {
        Period thisWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        MetricView metric = MetricFixture.metric(definitions, people).key("journey-expansion").named("Journey expansion ARR")
                .unit(MetricUnit.CURRENCY).ownedBy(people.principalOf("vpcs").personId())
                .target(thisWeek.plus(-4).key(), null, "100000").create();
        Page page = signIn("vpcs", "demo");
        page.navigate(url("/scorecard"));
        Locator row = page.locator("tr[data-metric=" + metric.key() + "]");
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
