package dev.cadence.nrr;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.BrowserTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The VP CS updates the churn forecast with its reason, then edits an at-risk account in place. */
class NrrJourneyIT extends BrowserTest {

    @Autowired
    NrrService nrr;
    @Autowired
    AtRiskService accounts;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;

    @Test
    void theVpCsUpdatesChurnWithAReasonAndEditsAnAtRiskAccountInPlace() {
        CadenceUser vpcs = people.principalOf("vpcs");
        CadenceUser cro = people.principalOf("cro");
        CadenceUser cfo = people.principalOf("cfo");
        FiscalQuarter quarter = NrrFixture.pastQuarter(company);
        String name = "Journey Logistics " + System.nanoTime() % 1_000_000;
        nrr.setBaseline(quarter, NrrFixture.money(40_000_000), NrrFixture.money(9_000_000), 0, cfo);
        NrrFixture.owners(nrr, quarter, vpcs, cro);
        NrrFixture.update(nrr, quarter, NrrComponent.CHURN, 1_000_000, "Opening call", vpcs);
        accounts.add(new AccountSpec(name, new BigDecimal("310000"), quarter.start().plusDays(40), Risk.HIGH,
                "Champion left in October", "Exec sponsor call", vpcs.personId(), Escalation.VP_CS), vpcs);

        Page page = signIn("vpcs", "demo");
        page.navigate(url("/nrr?quarter=" + quarter.key()));
        assertThat(page.locator("h1")).containsText("NRR forecast · " + quarter.label());
        Locator churn = page.locator("#component-churn");
        assertThat(churn).containsText("$1,000,000");

        // Without a reason the update is refused beside the field; with one it is stored and the page moves.
        churn.getByLabel("New churn forecast").fill("$1.25M");
        churn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Update churn")).click();
        assertThat(page.locator("#forecast-churn")).containsText("every forecast update needs its reason");
        page.locator("#forecast-churn").getByLabel("Reason").fill("Journey Logistics escalated: weighted $310K at 80%");
        page.locator("#forecast-churn").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Update churn")).click();
        assertThat(page.locator("#component-churn .nrr-component__value")).hasText("$1,250,000");
        assertThat(page.locator("#component-churn")).containsText("weighted $310K at 80%");
        assertThat(page.locator(".nrr-updates")).containsText("+$250,000");
        assertThat(page.locator(".nrr-chart")).isVisible();

        // The account's row: its editor swaps in, the save comes back as the row.
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + name)).click();
        Locator editor = page.locator("tr.nrr-account-editor");
        editor.getByLabel("Save plan").fill("CRO call on Tuesday; two-year price lock offered");
        editor.getByLabel("Escalation").selectOption("CRO");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("tr.nrr-account-editor")).hasCount(0);
        Locator saved = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        assertThat(saved).containsText("CRO call on Tuesday; two-year price lock offered");
        assertThat(saved).containsText("Escalated to CRO");
    }
}
