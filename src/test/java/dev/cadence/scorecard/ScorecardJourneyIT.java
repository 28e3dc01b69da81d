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
    @Autowired
    ScorecardService scorecard;

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

    @Test
    void revOpsSeesEveryProblemOfAnEmptyDefinitionAtOnceThenDefinesOneWithItsTargetAndItsPlace() {
        Page page = signIn("revops", "demo");
        page.navigate(url("/metrics/new"));
        assertThat(page.getByLabel("Place")).hasValue(java.util.regex.Pattern.compile(".+"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Define metric")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).containsText("8 fields need a change:");
        for (String field : new String[] {"key", "name", "definition", "calculation", "ownerId", "unit", "lever", "dataSource"}) {
            assertThat(page.locator("#" + field + "-error")).isVisible();
            assertThat(page.locator("#" + field)).hasAttribute("aria-invalid", "true");
        }
        // Each line of the summary leads to its field.
        summary.locator("a[href='#dataSource']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("#dataSource$"));

        String key = "journey-defined-" + System.nanoTime() % 10_000_000;
        String week = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).key();
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill(key);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Journey demo-to-close rate");
        page.getByLabel("Definition, in plain words").fill("Share of demos that become closed-won deals.");
        page.getByLabel("Calculation").fill("Closed-won ÷ demos held");
        page.getByLabel("Owner (exactly one)").selectOption(String.valueOf(people.principalOf("cro").personId()));
        page.getByLabel("Unit").selectOption("PERCENT");
        page.getByLabel("Lever").fill("Win rate");
        page.getByLabel("Data source").fill("Salesforce: Demos held report");
        page.getByLabel("Target (optional)").fill("31%");
        page.getByLabel("Applies from").fill(week);
        page.getByLabel("Place").selectOption("win-rate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Define metric")).click();

        assertThat(page).hasURL(url("/metrics/" + key));
        assertThat(page.locator(".flash--success")).containsText("Journey demo-to-close rate is defined");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Target")).first()).containsText("31%");
        org.assertj.core.api.Assertions.assertThat(definitions.placedAfter(key)).isEqualTo("win-rate");
    }

    @Test
    void pastedTextSurvivesChoosingAFileTooAndThePageSaysWhichOneItReads() {
        MetricView metric = MetricFixture.metric(definitions, people).key("journey-import").named("Journey import metric").create();
        Period lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).plus(-1);
        String pasted = "metric_key,period,segment,value,narrative\n" + metric.key() + "," + lastWeek.key() + ",,42,Pasted";
        String file = "metric_key,period,segment,value,narrative\n" + metric.key() + "," + lastWeek.key() + ",,17,From the file";
        Page page = signIn("revops", "demo");
        page.navigate(url("/scorecard/import"));
        assertThat(page.locator("#csv-hint")).containsText("reads the file or the text, not both");
        page.getByLabel("…or paste its content").fill(pasted);
        page.getByLabel("CSV file").setInputFiles(new com.microsoft.playwright.options.FilePayload("values.csv", "text/csv",
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.getByLabel("…or paste its content")).hasValue(pasted);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the import")).click();

        assertThat(page.locator(".flash--error")).containsText("You chose a file and pasted text too");
        assertThat(page.getByLabel("…or paste its content")).hasValue(pasted);

        // The text alone is read, as pasted.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the import")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2. Preview"))).isVisible();
        assertThat(page.locator("body")).containsText("Pasted");
    }

    @Test
    void savingACellUpdatesItsRowsMissingFlagAndTrendAndTheEditorSaysTheUnit() {
        Period thisWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        MetricView metric = MetricFixture.metric(definitions, people).key("journey-row").named("Journey row win rate")
                .unit(MetricUnit.PERCENT).ownedBy(people.principalOf("cro").personId())
                .target(thisWeek.plus(-4).key(), null, "25").create();
        // One value so far, last week's: this week's is missing, and one point draws no trend line yet.
        scorecard.enterValue(metric.key(), thisWeek.plus(-1).key(), null, new java.math.BigDecimal("22"), null, null,
                people.principalOf("cro"));
        Page page = signIn("cro", "demo");
        page.navigate(url("/scorecard"));
        Locator row = page.locator("tr[data-metric=" + metric.key() + "]");
        assertThat(row.locator(".missing-flag")).containsText("This period's value is missing");
        assertThat(row.locator("svg.sparkline")).hasCount(0);
        page.evaluate("() => window.__sameDocument = true");

        row.locator("td.cell").last().locator("button").click();
        assertThat(row.locator(".cell-editor .field__hint").first()).containsText("Percent (%), like 41.5 or 41.5%");
        assertThat(row.locator(".cell-editor .field__hint").first()).containsText("target 25%");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("27.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(row.locator("td.cell").last()).hasAttribute("data-status", "ON_TRACK");
        assertThat(row.locator(".missing-flag")).hasCount(0);
        assertThat(row.locator("svg.sparkline")).hasCount(1);
        assertThat(row.locator("td.cell--saved")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => window.__sameDocument === true"))
                .as("the row was updated in place, without a reload").isTrue();

        // The page as kept for the next reader shows the same row.
        page.reload();
        Locator reloaded = page.locator("tr[data-metric=" + metric.key() + "]");
        assertThat(reloaded.locator(".missing-flag")).hasCount(0);
        assertThat(reloaded.locator("svg.sparkline")).hasCount(1);
        assertThat(reloaded.locator("td.cell").last()).containsText("27.5%");
    }
}
