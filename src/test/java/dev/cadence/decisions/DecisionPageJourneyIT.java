package dev.cadence.decisions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.BrowserTest;
import dev.cadence.web.ApplicationClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A decision's page keeps Reopen behind a button that the keyboard opens; a refused reopening comes back open. */
class DecisionPageJourneyIT extends BrowserTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    ApplicationClock clock;

    @Test
    void reopenWaitsBehindAButtonTheKeyboardOpensAndARefusalComesBackOpen() {
        CadenceUser cro = people.principalOf("cro");
        DecisionSummary decided = decisions.record(new DecisionDraft("Journey: renewals above $100K get a named CSM "
                + System.nanoTime(), "Context", null, null, "Named CSMs", "Churn", cro.personId(), null, LocalDate.now(clock), null,
                null, "Message", "Decided in the journey"), cro);
        Page page = signIn("cro", "demo");
        page.navigate(url("/decisions/" + decided.id()));

        Locator disclosure = page.locator("details.reopen-disclosure");
        Locator reason = page.getByLabel("Why reopen it?");
        Locator reopen = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen with this reason"));
        assertThat(disclosure).not().hasAttribute("open", "");
        assertThat(reopen).isHidden();
        assertThat(reason).isHidden();

        // The keyboard reaches the button and opens it.
        Locator summary = disclosure.locator("summary");
        summary.focus();
        page.keyboard().press("Enter");
        assertThat(reason).isVisible();
        assertThat(reopen).isVisible();
        page.keyboard().press("Enter");
        assertThat(reason).isHidden();
        page.keyboard().press("Space");
        assertThat(reason).isVisible();

        // Without a reason: refused, nothing reopened, and the form is shown open beside its message.
        reopen.click();
        assertThat(page.locator("details.reopen-disclosure[open]")).hasCount(1);
        assertThat(page.locator("#reason-error")).isVisible();
        assertThat(page.locator("h1 + .page-header__lead")).not().containsText("reopened");
        org.assertj.core.api.Assertions.assertThat(decisions.get(decided.id()).reopenCount()).isZero();
    }
}
