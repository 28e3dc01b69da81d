package dev.cadence.forecast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.company.CompanyService;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.BrowserTest;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CRO changes this week's SMB call on /forecast, is asked for the reason, gives it, and finds it in the reasons
 * list and the call's path, then in this week's forecast & pipeline review beside what moved and the at-risk accounts.
 * The demo's call for this week is put back as it was afterwards.
 */
class ForecastJourneyIT extends BrowserTest {

    @Autowired
    ForecastService forecast;
    @Autowired
    CompanyService company;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    @Test
    void theCroEntersAChangedCallWithItsReasonAndSeesItOnTheChart() {
        FiscalQuarter quarter = FiscalQuarter.of(LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        CallFigures before = forecast.callAsOf(quarter, LocalDate.now(clock)).segments().stream()
                .filter(f -> f.segmentKey().equals("smb")).findFirst().orElseThrow();
        String marker = "Journey " + System.nanoTime() % 1_000_000L;
        BigDecimal commit = (before.thisWeek() == null ? BigDecimal.valueOf(100_000) : before.thisWeek().commit()).add(BigDecimal.valueOf(13_000));
        BigDecimal bestCase = (before.thisWeek() == null ? commit : before.thisWeek().bestCase().max(commit)).add(BigDecimal.valueOf(13_000));
        try {
            Page page = signIn("cro", "demo");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forecast").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Forecast call");
            page.getByLabel("SMB commit").fill(commit.toPlainString());
            page.getByLabel("SMB best case").fill(bestCase.toPlainString());
            page.getByLabel("Why the SMB call moved").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the call")).click();

            // Refused beside the reason, nothing saved; the figures typed stay.
            assertThat(page.locator(".forecast-entry .field--error")).containsText("The SMB call moved from");
            assertThat(page.getByLabel("SMB commit")).hasValue(commit.toPlainString());
            page.getByLabel("Why the SMB call moved").fill(marker + ": two SMB upgrades signed early.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the call")).click();

            assertThat(page.locator(".flash")).containsText("Call saved for week");
            assertThat(page.locator(".forecast-reasons")).containsText(marker + ": two SMB upgrades signed early.");
            assertThat(page.locator(".forecast-chart")).isVisible();
            assertThat(page.locator(".forecast-path")).containsText("W" + WeekOfQuarter.of(quarter, LocalDate.now(clock)));

            // This week's forecast & pipeline review shows the new call with its reason, the flow and the at-risk accounts.
            page.navigate(url("/meetings"));
            page.locator(".meeting-list__link").filter(new Locator.FilterOptions().setHasText("Forecast & pipeline review")).first().click();
            assertThat(page.locator("h1")).containsText("Forecast & pipeline review");
            Locator call = page.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("1. The call vs last week"));
            assertThat(call.locator(".panel")).containsText(marker + ": two SMB upgrades signed early.");
            assertThat(call.locator(".panel")).containsText("$" + String.format(java.util.Locale.ROOT, "%,d", commit.longValue()));
            assertThat(page.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("2. What moved"))
                    .locator(".panel-table--waterfall")).containsText("Pushed out");
            assertThat(page.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("5. NRR and at-risk accounts"))
                    .locator(".panel")).containsText("Halcyon Retail Group");
        } finally {
            restore(quarter, before);
        }
    }

    /** Puts this week's SMB call back as the demo had it (when it had one this week). */
    private void restore(FiscalQuarter quarter, CallFigures before) {
        CallView was = before.thisWeek();
        int week = WeekOfQuarter.of(quarter, LocalDate.now(clock));
        if (was == null || was.week() != week) {
            return;
        }
        CallFigures now = forecast.callAsOf(quarter, LocalDate.now(clock)).segments().stream()
                .filter(f -> f.segmentKey().equals("smb")).findFirst().orElseThrow();
        CallForm form = new CallForm();
        form.setQuarter(quarter.key());
        form.setWeek(week);
        CallForm.Line line = new CallForm.Line();
        line.setSegment("smb");
        line.setCommit(new TypedNumber(was.commit()));
        line.setBestCase(new TypedNumber(was.bestCase()));
        line.setReason(was.reason());
        line.setVersion(now.thisWeek().version());
        form.getLines().add(line);
        forecast.saveCall(form, people.principalOf("cro"));
    }
}
