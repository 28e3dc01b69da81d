package dev.cadence.experiments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.BrowserTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.web.ApplicationClock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RevOps runs a GTM council with the CFO watching in another browser: they start it, open an experiment past its end from
 * the council's experiments section, conclude it, record its decision with the rationale — and are back in the council,
 * where everyone sees the decision; they capture another decision and an action item in place, agree the message and
 * close it. The decision log has both decisions from the council, the experiment's linking back to it, and the next
 * council carries the open action item.
 */
class GtmCouncilExperimentJourneyIT extends BrowserTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;
    @Autowired
    MeetingSeriesService series;
    @Autowired
    DecisionService decisions;

    @Test
    void revOpsRunsTheCouncilConcludesAnExperimentThereAndRecordsItsDecision() {
        PersonView owner = PersonFixture.add(people, "Council Journey Owner", Role.CMO);
        ExperimentFixture f = ExperimentFixture.create(experiments, scorecard, definitions, people, company, clock, owner.id());
        // (26.0 + 25.0 + 24.5 + 26.5) / 4 = 25.5 ≥ 25: met.
        f.values(f.win, "mid-market", "26.0", "25.0", "24.5", "26.5");
        long experiment = f.startedInThePast(f.input("Council journey bundle", "mid-market", "25", "mid-market", "2"),
                people.principalOf(owner.username()));
        String title = experiments.get(experiment).title();
        Set<Long> participants = new LinkedHashSet<>();
        for (String username : List.of("ceo", "cro", "cmo", "cfo", "vpcs", "revops")) {
            participants.add(people.principalOf(username).personId());
        }
        String seriesName = "GTM council experiments " + System.nanoTime();
        long seriesId = series.createMonthlySeries(seriesName, MeetingKind.GTM_COUNCIL, 1, DayOfWeek.TUESDAY, LocalTime.of(10, 0),
                ZoneId.of("America/New_York"), 90, participants, AgendaTemplates.gtmCouncil()).id();
        CadenceUser revopsUser = people.principalOf("revops");
        long meeting = series.ensureNextMeeting(seriesId, revopsUser).id();

        Page revops = signIn("revops", "demo");
        Page cfo = signIn("cfo", "demo");
        revops.navigate(url("/meetings/" + meeting));
        cfo.navigate(url("/meetings/" + meeting));
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the meeting")).click();
        assertThat(cfo.locator("#meeting-status")).containsText("Now: 1. What changed this month");

        // The experiments section lists it, running past its planned end; RevOps opens it from there.
        Locator section = revops.locator(".agenda-section").filter(new Locator.FilterOptions().setHasText("6. Experiments"));
        Locator row = section.locator(".experiments-panel__running tr").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasClass(Pattern.compile("is-overdue"));
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        assertThat(revops.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(revops.locator("#from-meeting")).containsText("Opened from " + seriesName);

        revops.getByLabel("Observed result").fill("Bundle quotes won 25.5% of mid-market deals; churn held.");
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conclude and read the scorecard")).click();
        assertThat(revops.locator(".flash--success")).containsText("The scorecard says: met");
        assertThat(revops.locator("#from-meeting")).containsText("Opened from " + seriesName);
        assertThat(revops.locator("#decide")).containsText("supports scale or iterate");
        revops.locator("#decide").getByLabel("Scale").check();
        revops.locator("#decide").getByLabel("Rationale").fill("Met with room to spare: every mid-market rep quotes the bundle.");
        revops.locator("#decide").getByLabel("Decided by").selectOption(new SelectOption().setLabel("Maya Chen"));
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        // Back in the council: the decision is the council's, on everyone's page.
        assertThat(revops).hasURL(Pattern.compile("/meetings/" + meeting + "(#meeting-decisions)?$"));
        assertThat(revops.locator(".flash--success")).containsText("The decision is in the decision log and in this meeting's decisions");
        String experimentDecision = "Scale the experiment “" + title + "”";
        assertThat(revops.locator("#meeting-decisions")).containsText(experimentDecision);
        assertThat(cfo.locator("#meeting-decisions")).containsText(experimentDecision);

        // Another decision and an action item, captured in place.
        revops.locator("summary", new Page.LocatorOptions().setHasText("Capture a decision")).click();
        String pricing = "Mid-market list price stays at $38K " + System.nanoTime() % 100_000;
        revops.locator("#decision-title").fill(pricing);
        revops.locator("#decision-text").fill("The bundle ships at the current list price; no new discount band.");
        revops.locator("#decision-area").selectOption(new SelectOption().setLabel("Packaging — Maya Chen decides"));
        revops.locator("#decision-decider").selectOption(new SelectOption().setLabel("Maya Chen"));
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(cfo.locator("#meeting-decisions")).containsText(pricing);
        String action = "Brief every mid-market rep on the bundle " + System.nanoTime() % 100_000;
        revops.locator("#action-text").fill(action);
        revops.locator("#action-owner").selectOption(new SelectOption().setLabel("Daniel Okafor"));
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
        assertThat(cfo.locator("#meeting-actions")).containsText(action);

        revops.locator("#message-text").fill("Mid-market sells the Growth bundle from Monday, at list price.");
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the message")).click();
        assertThat(cfo.locator("#message-text")).hasValue("Mid-market sells the Growth bundle from Monday, at list price.");
        // Closing shows what it leaves behind first.
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and close…")).click();
        revops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close and write the recap")).click();
        // Closing prepares the next council from data (the scorecard by segment, the plan's levers, experiments, the
        // charter): on a busy machine that takes longer than an assertion's usual five seconds.
        assertThat(revops).hasURL(Pattern.compile("/meetings/" + meeting + "/recap$"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(90_000));
        assertThat(revops.locator(".recap")).containsText(experimentDecision);

        // The decision log has both, from the council; the experiment's links back to it.
        revops.navigate(url("/decisions?meeting=" + meeting));
        Locator log = revops.locator("main");
        assertThat(log).containsText(experimentDecision);
        assertThat(log).containsText(pricing);
        revops.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(experimentDecision)).click();
        assertThat(revops.locator("#decision-origin")).hasText("Experiment “" + title + "”");
        assertThat(revops.locator("main")).containsText("Met with room to spare");
        revops.locator("#decision-origin").click();
        assertThat(revops.locator("#experiment-state")).hasText("Scaled");
        assertThat(revops.locator("#decision-link")).isVisible();

        // The next council, in preparation, carries the open action item.
        revops.navigate(url("/meetings/series/" + seriesId));
        revops.locator("#meetings-title ~ table tbody tr").filter(new Locator.FilterOptions().setHasText("In preparation"))
                .locator("a").first().click();
        assertThat(revops.locator("#meeting-status")).containsText("In preparation");
        assertThat(revops.locator("#meeting-actions")).containsText(action);
    }
}
