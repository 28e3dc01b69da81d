package dev.cadence.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two snapshots, then what moved between them: the waterfall, and a click into "Pushed out" down to the deal. */
class FlowJourneyIT extends BrowserTest {

    @Autowired
    PipelineImportService imports;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;

    @Test
    void fromTheWaterfallIntoThePushedOutDeals() {
        CadenceUser revops = people.principalOf("revops");
        String marker = "J" + System.nanoTime() % 1_000_000_000L;
        LocalDate day = SnapshotYears.day();
        FiscalQuarter quarter = FiscalQuarter.of(day.plusWeeks(1), company.profile().fiscalYearStartMonth());
        LocalDate in = quarter.start().plusDays(30);
        LocalDate later = quarter.end().plusDays(45);
        String[][] weeks = {
                {"1,Globex platform,Globex,Ava Reed,enterprise,New Business,Negotiation,commit,420000," + in,
                        "2,Initech renewal,Initech,Ava Reed,enterprise,Renewal,Negotiation,commit,380000," + in,
                        "3,Umbrella pilot,Umbrella,Sam Ortiz,mid-market,New Business,Proposal,best case,95000," + in,
                        "4,Hooli expansion,Hooli,Sam Ortiz,mid-market,Expansion,Discovery,pipeline,60000," + in,
                        "5,Stark analytics,Stark,Lee Park,smb,New Business,Proposal,best case,30000," + later},
                {"1,Globex platform,Globex,Ava Reed,enterprise,New Business,Negotiation,commit,420000," + later,
                        "2,Initech renewal,Initech,Ava Reed,enterprise,Renewal,Negotiation,commit,380000," + later,
                        "3,Umbrella pilot,Umbrella,Sam Ortiz,mid-market,New Business,Closed Won,closed,95000," + in,
                        "4,Hooli expansion,Hooli,Sam Ortiz,mid-market,Expansion,Proposal,best case,72000," + in,
                        "5,Stark analytics,Stark,Lee Park,smb,New Business,Proposal,commit,30000," + in,
                        "6,Wayne security,Wayne,Lee Park,smb,New Business,Discovery,pipeline,45000," + in}};
        for (int w = 0; w < weeks.length; w++) {
            StringBuilder csv = new StringBuilder(String.join(",", ExportFormat.CADENCE_COLUMNS)).append("\r\n");
            for (String line : weeks[w]) {
                csv.append(marker).append('-').append(line).append(",,Outbound\r\n");
            }
            imports.importExport(csv.toString().getBytes(StandardCharsets.UTF_8), null, day.plusWeeks(w), false, revops);
        }

        Page page = signIn("cro", "demo");
        page.navigate(url("/pipeline/flow?from=" + day + "&to=" + day.plusWeeks(1)));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("What moved");
        assertThat(page.locator("svg.waterfall")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "flow.png")));

        page.locator("table.flow-table").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Pushed out")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pushed out");
        assertThat(page.locator(".page-header__lead")).containsText("2 deals, $800,000");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "flow-pushed-out.png")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Globex platform")).click();
        page.waitForURL(u -> u.endsWith("/pipeline/deals/" + marker + "-1"));
    }
}
