package dev.cadence.drivers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.AsPerson;
import dev.cadence.support.BrowserTest;
import dev.cadence.support.PersonFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader tries a what-if on a tree: the outcome, the gap and the sentences follow in place; then keeps it as a scenario,
 * and asks which win rate would close the gap alone, and tries it.
 */
class DriverJourneyIT extends BrowserTest {

    @Autowired
    DriverService drivers;
    @Autowired
    PersonService people;

    @Test
    void aWhatIfMovesTheOutcomeInPlaceAndIsKeptAsAScenario() {
        PersonView planner = PersonFixture.add(people, "Journey Planner", Role.CRO);
        CadenceUser user = people.principalOf(planner.username());
        long[] tree = new long[1];
        AsPerson.run(user, () -> tree[0] = DriverFixture.smallTree(drivers, user, planner.id(), null));

        Page page = signIn(planner.username(), PersonFixture.PASSWORD);
        page.navigate(url("/drivers/" + tree[0]));
        assertThat(page.locator("#outcome-value")).hasText("$40.2M");
        assertThat(page.locator("#gap-value")).hasText("−$800K");
        assertThat(page.locator("#sensitivity")).containsText("+10% Opportunities = +$500K Ending ARR");
        page.evaluate("window.journeyMarker = 'still here'");

        page.getByLabel("Win rate").fill("30");
        // 400 × 30% × $50K = $6M new ARR: ending $41.2M, $200K above the $41M target; +10% opportunities is now worth $600K.
        assertThat(page.locator("#outcome-value")).hasText("$41.2M");
        assertThat(page.locator("#gap-value")).hasText("+$200K");
        assertThat(page.locator("#sensitivity")).containsText("+10% Opportunities = +$600K Ending ARR");
        assertThat(page.locator(".what-if-note")).containsText("not saved");
        assertThat(page.evaluate("window.journeyMarker")).as("no reload").isEqualTo("still here");

        page.getByLabel("Save as a scenario named").fill("Deal desk at 30%");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save scenario")).click();
        assertThat(page.locator(".flash--success")).containsText("Deal desk at 30%");
        assertThat(page.locator("#scenarios")).containsText("Deal desk at 30%");
        assertThat(page.locator("#scenarios")).containsText("$41.2M");
        assertThat(page.locator("#scenarios")).containsText("30%");

        // Back at the plan: which win rate closes the gap alone? The answer comes in place, and tries itself as a what-if.
        page.navigate(url("/drivers/" + tree[0]));
        page.evaluate("window.journeyMarker = 'seeking'");
        page.locator("#seek-lever").selectOption("win_rate");
        // 41M needs new ARR of 5.8M: 5.8M / (400 × $50K) = 29%.
        assertThat(page.locator("#goal-seek-answer")).containsText("Win rate would need to be 29%, +4 pts from 25%");
        page.locator("#seek-lever").selectOption("starting_arr");
        assertThat(page.locator("#goal-seek-answer")).containsText("Starting ARR would need to be $40.91M");
        page.locator("#seek-lever").selectOption("win_rate");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try 29% in the what-if")).click();
        assertThat(page.getByLabel("Win rate")).hasValue("29");
        assertThat(page.locator("#outcome-value")).hasText("$41M");
        assertThat(page.locator("#gap-value")).hasText("0");
        assertThat(page.locator("#goal-seek-answer")).containsText("at its target");
        assertThat(page.evaluate("window.journeyMarker")).as("no reload").isEqualTo("seeking");
    }
}
