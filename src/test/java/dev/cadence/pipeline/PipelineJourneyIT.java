package dev.cadence.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.cadence.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RevOps loads a Salesforce export, maps nothing (it has categories), confirms, and the CRO inspects a deal. */
class PipelineJourneyIT extends BrowserTest {

    @Test
    void revOpsImportsASalesforceExportAndTheDealsShowWithTheirHistory() {
        String marker = "J" + System.nanoTime() % 1_000_000_000L;
        LocalDate day = LocalDate.of(SnapshotYears.year(), 3, 2);
        String export = String.join("\r\n",
                "\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Opportunity Owner\",\"Stage\",\"Forecast Category\","
                        + "\"Amount Currency\",\"Amount\",\"Close Date\",\"Created Date\",\"Type\",\"Lead Source\",\"Segment\"",
                "\"" + marker + "A\",\"Journey Northwind - Platform\",\"Northwind\",\"Jordan Blake\",\"Negotiation/Review\",\"Commit\","
                        + "\"USD\",\"240,000.00\",\"" + day.plusMonths(1).getMonthValue() + "/15/" + day.plusMonths(1).getYear()
                        + "\",\"1/5/" + day.getYear() + "\",\"New Business\",\"Partner Referral\",\"Enterprise\"",
                "",
                "\"Grand Totals (1 records)\"",
                "\"Confidential Information - Do Not Distribute\"",
                "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"",
                "");

        Page page = signIn("revops", "demo");
        page.navigate(url("/pipeline/import"));
        page.getByLabel("Export file").setInputFiles(new FilePayload("report.csv", "text/csv", export.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Pipeline as of").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the import")).click();

        assertThat(page.locator("h1")).containsText("Pipeline as of");
        assertThat(page.locator(".page-header__lead")).containsText("Salesforce opportunity report");
        assertThat(page.locator(".import-table")).containsText("Journey Northwind - Platform");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("3. Store 1 deals")).click();

        assertThat(page.locator(".flash")).containsText("1 deals");
        assertThat(page.locator(".deal-table")).containsText("$240,000");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journey Northwind - Platform")).first().click();
        assertThat(page.locator("h1")).hasText("Journey Northwind - Platform");
        assertThat(page.locator(".stat-row")).containsText("never");
    }
}
