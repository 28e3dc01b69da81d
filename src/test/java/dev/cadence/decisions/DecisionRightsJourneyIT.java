package dev.cadence.decisions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionRightsJourneyIT extends BrowserTest {


    @Autowired
    DecisionRightsService rights;
    @Autowired
    PersonService people;

    CadenceUser ceo;
    long areaId;
    long cfo;

    @BeforeEach
    void anAgreedAreaWhereTheCroDecides() {
        ceo = people.principalOf("ceo");
        cfo = people.principalOf("cfo").personId();
        long cro = people.principalOf("cro").personId();
        AsPerson.run(ceo, () -> {
            AreaRow row = rights.createArea("Journey area " + System.nanoTime(), "Partner programme terms", ceo);
            row = rights.replaceAssignments(row.id(), Map.of(cro, RightRole.DECIDE), row.version(), ceo);
            areaId = rights.agree(row.id(), row.version(), ceo).id();
        });
    }

    @Test
    void theCroChangesACellOfAnAgreedAreaAndTheMapShowsItWithoutAReload() {
        Page page = signIn("cro", "demo");
        page.navigate(url("/decision-rights"));
        Locator row = page.locator("#area-" + areaId);
        assertThat(row).hasAttribute("data-status", "AGREED");
        page.evaluate("() => window.__sameDocument = true");

        choose(page, cfo, "CONSULT");

        assertThat(page.locator("#area-" + areaId + " td[data-person='" + cfo + "']")).hasAttribute("data-role", "CONSULT");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => window.__sameDocument === true"))
                .as("the row was updated in place, without a reload").isTrue();
        org.assertj.core.api.Assertions.assertThat(rights.row(areaId).holding(RightRole.CONSULT))
                .extracting(RightCell::personId).containsExactly(cfo);

        // A second Decide is refused in place, with the way out offered.
        choose(page, cfo, "DECIDE");
        assertThat(page.locator("#area-" + areaId + " .error-message")).containsText("Daniel Okafor already decides");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand Decide to Tom Lindqvist")).click();
        assertThat(page.locator("#area-" + areaId + " td[data-person='" + cfo + "']")).hasAttribute("data-role", "DECIDE");
        org.assertj.core.api.Assertions.assertThat(rights.row(areaId).deciderName()).isEqualTo("Tom Lindqvist");
    }

    @Test
    void aLockedAreaRefusesEditsUntilItIsReopenedWithAReason() {
        Page page = signIn("cro", "demo");
        page.navigate(url("/decision-rights"));
        assertThat(page.locator("#cell-" + areaId + "-" + cfo)).isVisible();

        // Meanwhile the CEO locks the area; the CRO's edit from the open page is refused in place.
        AsPerson.run(ceo, () -> rights.lock(areaId, rights.row(areaId).version(), ceo));
        choose(page, cfo, "INFORM");
        Locator row = page.locator("#area-" + areaId);
        assertThat(row.locator(".error-message")).containsText("is locked by Maya Chen");
        assertThat(row.locator(".error-message")).containsText("reopen it with a reason first");
        assertThat(row).hasAttribute("data-status", "LOCKED");
        assertThat(row.locator("select")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(rights.row(areaId).holding(RightRole.INFORM)).isEmpty();

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reopen…")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen with this reason")).click();
        // An empty reason is refused by the browser first (required); the server refuses it too (tested in DecisionRightsIT).
        org.assertj.core.api.Assertions.assertThat(rights.row(areaId).status()).isEqualTo(AreaStatus.LOCKED);
        page.getByLabel("Why reopen it?").fill("Partners now sell to SMB; CS must be consulted.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen with this reason")).click();
        assertThat(page.locator(".flash--success")).containsText("is reopened (1× this quarter)");
        assertThat(page.locator(".page-header__lead")).containsText("re-litigated 1× this quarter");

        page.navigate(url("/decision-rights"));
        choose(page, cfo, "INFORM");
        assertThat(page.locator("#area-" + areaId + " td[data-person='" + cfo + "']")).hasAttribute("data-role", "INFORM");
        assertThat(page.locator("#area-" + areaId)).containsText("re-litigated 1× this quarter");
    }

    /** A cell shows its role as a button; choosing it opens the role's select in its place, which saves on change. */
    private void choose(Page page, long personId, String role) {
        Locator cell = page.locator("#cell-" + areaId + "-" + personId);
        cell.click();
        assertThat(cell).hasAttribute("hx-post", "/decision-rights/" + areaId + "/cells/" + personId);
        cell.selectOption(role);
    }
}
