package dev.cadence.experiments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.BrowserTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.web.ApplicationClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner of an experiment past its planned end concludes it: Cadence reads the scorecard and says it met its
 * criterion; the owner records the decision to scale it — deciding themselves although the map gives Decide to
 * someone else, so the map's warning appears as they choose and they give their reason — and finds it in the
 * decision log.
 */
class ExperimentJourneyIT extends BrowserTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;

    @Test
    void theOwnerConcludesAnExperimentAndRecordsItsDecision() {
        PersonView owner = PersonFixture.add(people, "Journey Owner", Role.CMO);
        PersonView decider = PersonFixture.add(people, "Journey Decider", Role.CFO);
        CadenceUser ownerUser = people.principalOf(owner.username());
        ExperimentFixture f = ExperimentFixture.create(experiments, scorecard, definitions, people, company, clock, owner.id());
        // (26.0 + 25.0 + 24.5 + 26.5) / 4 = 25.5 ≥ 25; churn stays ≤ 2%.
        f.values(f.win, "mid-market", "26.0", "25.0", "24.5", "26.5");
        f.values(f.churn, "mid-market", "1.6", "1.7", "1.9", "1.8");
        long area = ExperimentFixture.area(rights, people, decider.id());
        long id = f.startedInThePast(f.input("Journey bundle", "mid-market", "25", "mid-market", "2"), ownerUser);
        String title = experiments.get(id).title();
        String areaName = decisions.areas().stream().filter(a -> a.id() == area).findFirst().orElseThrow().name();

        Page page = signIn(owner.username(), PersonFixture.PASSWORD);
        page.navigate(url("/experiments?owner=" + owner.id()));
        assertThat(page.locator("tr[data-experiment='" + id + "']")).containsText("past its planned end");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("#experiment-state")).hasText("Running");
        assertThat(page.locator("#verdict")).containsText("Met");

        page.getByLabel("Observed result").fill("Bundle quotes won 26% of mid-market deals; churn did not move.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conclude and read the scorecard")).click();
        assertThat(page.locator(".flash--success")).containsText("The scorecard says: met");
        assertThat(page.locator("#experiment-state")).hasText("Awaiting decision");
        assertThat(page.locator("#reading")).containsText("averaged 25.5%");
        assertThat(page.locator("#decide")).containsText("supports scale or iterate");

        page.getByLabel("Scale").check();
        page.getByLabel("Rationale").fill("Met with room to spare; roll the bundle out to every mid-market rep.");
        page.getByLabel("Decision area").selectOption(new SelectOption().setLabel(areaName + " — Journey Decider decides"));
        // The check answers each change, the latest only (hx-sync); typing waits for the answer to the decider's change,
        // which draws the reason's field anew.
        page.evaluate("document.body.addEventListener('htmx:afterSettle', e => { const from = e.detail.requestConfig && e.detail.requestConfig.elt;"
                + " if (from && from.querySelector('#deciderId')) document.body.dataset.deciderChecked = 'yes'; })");
        page.getByLabel("Decided by").selectOption(new SelectOption().setLabel("Journey Owner"));
        assertThat(page.locator("body[data-decider-checked]")).hasCount(1);
        // The map's check, as the form changes: the owner does not hold Decide for the area.
        assertThat(page.locator("#decider-warning")).containsText("Journey Owner does not hold Decide");
        page.getByLabel("Why this decider decides this time").fill("Journey Decider is travelling; they agreed by phone.");
        page.getByLabel("Message to the org").fill("Mid-market reps quote the Growth bundle from Monday.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        assertThat(page.locator(".flash--success")).containsText("Scaled. The decision is in the decision log.");
        assertThat(page.locator("#experiment-state")).hasText("Scaled");
        assertThat(page.locator("#result")).containsText("Met with room to spare");
        page.locator("#decision-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Scale the experiment");
        assertThat(page.locator("main")).containsText("Journey Decider is travelling");
        assertThat(page.locator("main")).containsText("Mid-market reps quote the Growth bundle from Monday.");
        // And back from the decision to its experiment.
        assertThat(page.locator("#decision-origin")).hasText("Experiment “" + title + "”");
        page.locator("#decision-origin").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);

        ExperimentView decided = experiments.get(id);
        assertThat(decided.decision()).isEqualTo(Resolution.SCALE);
        assertThat(decisions.get(decided.decisionId()).overrideReason()).isEqualTo("Journey Decider is travelling; they agreed by phone.");
    }
}
