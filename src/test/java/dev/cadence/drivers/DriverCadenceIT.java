package dev.cadence.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.ItemView;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.WhatChangedSource;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricFixture;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tree in the cadence: the 1:1's "what changed" cites a lever whose linked metric is off its assumption, the
 * forecast review's panel shows the outcome, the gap and those levers as of the meeting's day.
 */
@CadenceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverCadenceIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;
    @Autowired
    DriverService drivers;
    @Autowired
    PersonService people;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    CompanyService company;
    @Autowired
    MeetingSeriesService series;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    List<WhatChangedSource> sources;
    @Autowired
    List<MeetingPanel> panels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    PersonView planner;
    PersonView owner;
    CadenceUser plannerUser;
    long tree;
    String treeName;

    /** A tree whose win rate (25% assumed) is linked to a metric that read 20% last week: off plan. */
    @BeforeAll
    void aTreeWithALeverOffItsAssumption() {
        planner = PersonFixture.add(people, "Cadence Planner", Role.CFO);
        owner = PersonFixture.add(people, "Win Rate Owner", Role.CMO);
        plannerUser = people.principalOf(planner.username());
        CadenceUser ownerUser = people.principalOf(owner.username());
        long[] id = new long[1];
        AsPerson.run(plannerUser, () -> {
            String metric = MetricFixture.metric(definitions, people).key("drv-cad-win").unit(MetricUnit.PERCENT).ownedBy(owner.id())
                    .create().key();
            String lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous().key();
            AsPerson.run(ownerUser, () -> scorecard.enterValue(metric, lastWeek, null, new BigDecimal("20"), "Slow quarter", null, ownerUser));
            id[0] = DriverFixture.smallTree(drivers, plannerUser, owner.id(), metric);
        });
        tree = id[0];
        treeName = drivers.page(tree, java.util.Map.of(), null, 10, null).name();
    }

    @Test
    void theOneOnOnesWhatChangedCitesTheLeverOffItsAssumption() {
        List<WhatChangedSource.Citation> citations = sources.stream().flatMap(s -> s.citations(new WhatChangedSource.Occasion(MeetingKind.ONE_ON_ONE, LocalDate.now(clock), LocalDate.now(clock).plusWeeks(1)), plannerUser).stream()).toList();
        assertThat(citations).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo("Win rate is off plan: 20% in " + Periods.current(Cadence.WEEKLY, LocalDate.now(clock),
                    company.profile().fiscalYearStartMonth()).previous().longLabel() + " against an assumed 25% (" + treeName
                    + ", owner Win Rate Owner).");
            assertThat(c.sourceUrl()).isEqualTo("/drivers/" + tree + "/levers/win_rate");
            assertThat(c.sourceLabel()).isEqualTo("Value drivers");
        });

        // A 1:1 prepared now carries such entries in its "what changed", linking to the lever.
        long[] meeting = new long[1];
        AsPerson.run(plannerUser, () -> {
            long s = series.createSeries("Drivers 1:1 " + System.nanoTime(), MeetingKind.ONE_ON_ONE, DayOfWeek.FRIDAY, LocalTime.of(9, 0),
                    NEW_YORK, 60, Set.of(planner.id(), owner.id()), AgendaTemplates.oneOnOne()).id();
            meeting[0] = series.ensureNextMeeting(s, plannerUser).id();
        });
        List<ItemView> filled = meetings.page(meeting[0], plannerUser).sections().get(0).items();
        assertThat(filled).filteredOn(i -> "Value drivers".equals(i.sourceLabel())).isNotEmpty()
                .allSatisfy(i -> assertThat(i.sourceUrl()).startsWith("/drivers/"));
    }

    @Test
    void theForecastReviewsPanelShowsTheOutcomeTheGapAndTheLeversOffAsOfTheMeetingsDay() throws Exception {
        MeetingPanel panel = panels.stream().filter(p -> p.key().equals(AgendaTemplates.DRIVERS_LEVERS_OFF)).findFirst().orElseThrow();
        LeversOffPanel.View today = (LeversOffPanel.View) panel.render(LocalDate.now(clock), plannerUser).data();
        assertThat(today.trees()).filteredOn(t -> t.id() == tree).singleElement().satisfies(t -> {
            assertThat(t.outcomeLabel()).isEqualTo("$40.2M");
            assertThat(t.gapLabel()).isEqualTo("$800K short of target");
            assertThat(t.offLevers()).extracting(OffAssumptionLever::leverKey).containsExactly("win_rate");
        });
        // Nothing was recorded in 1850: no tree yet.
        assertThat(((LeversOffPanel.View) panel.render(LocalDate.of(1850, 3, 4), plannerUser).data()).trees()).isEmpty();

        // The review meeting's page shows it in its section.
        long[] meeting = new long[1];
        AsPerson.run(plannerUser, () -> {
            long s = series.createSeries("Drivers review " + System.nanoTime(), MeetingKind.FORECAST_REVIEW, DayOfWeek.MONDAY,
                    LocalTime.of(11, 0), NEW_YORK, 60, Set.of(planner.id(), owner.id()), AgendaTemplates.forecastReview()).id();
            meeting[0] = series.createMeetingAt(s, LocalDate.now(clock).atTime(11, 0).atZone(NEW_YORK).toInstant(), plannerUser).id();
        });
        MockHttpSession session = SignIn.as(mvc, planner.username(), PersonFixture.PASSWORD);
        String page = mvc.perform(get("/meetings/" + meeting[0]).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("The plan&#39;s levers off their assumptions").contains(treeName)
                .contains("href=\"/drivers/" + tree + "/levers/win_rate\"").contains("$800K short of target")
                .doesNotContain("is not part of this version").doesNotContain("could not be read");
    }

    @Test
    void aPastDayShowsThePlanAsItStoodThen() {
        // The tree as made is moved three days back in its history; then the win rate is planned up to 30% today.
        jdbc.update("update revinfo set revtstmp = revtstmp - 3 * 86400000 where rev in (select rev from driver_tree_aud where id = ?"
                + " union select rev from driver_node_aud where tree_id = ?)", tree, tree);
        long version = drivers.node(tree, "win_rate", plannerUser).node().version();
        AsPerson.run(plannerUser, () -> drivers.plan(tree, "win_rate", DriverFixture.typed("30"), "Deal desk", version, plannerUser));
        try {
            TreeAsOf yesterday = drivers.asOf(LocalDate.now(clock).minusDays(1)).stream().filter(t -> t.id() == tree).findFirst().orElseThrow();
            TreeAsOf today = drivers.asOf(LocalDate.now(clock)).stream().filter(t -> t.id() == tree).findFirst().orElseThrow();
            // Yesterday's plan: 25%, $40.2M. Today's: 30%, 400 × 0.3 × $50K = $6M new ARR, $41.2M.
            assertThat(yesterday.outcomeLabel()).isEqualTo("$40.2M");
            assertThat(yesterday.offLevers()).extracting(OffAssumptionLever::assumptionLabel).containsExactly("25%");
            assertThat(today.outcomeLabel()).isEqualTo("$41.2M");
            assertThat(today.offLevers()).extracting(OffAssumptionLever::assumptionLabel).containsExactly("30%");
        } finally {
            long back = drivers.node(tree, "win_rate", plannerUser).node().version();
            AsPerson.run(plannerUser, () -> drivers.plan(tree, "win_rate", DriverFixture.typed("25"), "Back", back, plannerUser));
        }
    }
}
