package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.RenderedFragments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard's cached table is never staler than the data, whoever changed it. */
@CadenceIntegrationTest
class ScorecardPageCacheIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    RenderedFragments fragments;

    @Test
    void aRepeatedViewIsServedFromTheCacheAndAnyChangeShowsAtOnce() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        CadenceUser sam = people.principalOf("revops");
        Period lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous();
        PersonView owner = PersonFixture.add(people, "Casey Owner", Role.CRO);
        MetricView metric = MetricFixture.metric(definitions, people).key("cache-table").named("Cache table check")
                .ownedBy(owner.id()).create();
        scorecard.enterValue(metric.key(), lastWeek.key(), null, new BigDecimal("30"), "As first entered", null, sam);

        String before = page(revops);
        assertThat(before).contains("Cache table check").contains("As first entered");
        assertThat(table(page(revops))).isEqualTo(table(before));
        long hit = SqlStatements.countDuring(() -> page(revops));
        jdbc.update("update segment set name = name");
        long miss = SqlStatements.countDuring(() -> page(revops));
        assertThat(hit).as("a cached table reads only the change counter and the layout's data").isLessThan(miss);

        // Through the application: the owner's correction shows on the next view.
        CellView cell = scorecard.cell(metric.key(), lastWeek.key(), null, sam);
        scorecard.enterValue(metric.key(), lastWeek.key(), null, new BigDecimal("31.7"), "Cache check: two late wins",
                cell.version(), sam);
        assertThat(page(revops)).contains("31.7%").contains("Cache check: two late wins");

        // Behind the application's back (another instance, a script): still seen at once.
        jdbc.update("update metric_value set narrative = 'Changed by SQL' where metric_id = ?", metric.id());
        assertThat(page(revops)).contains("Changed by SQL").doesNotContain("Cache check: two late wins");

        // Names of owners come from people: a rename shows too.
        String renamed = "Casey O. Owner " + System.nanoTime();
        jdbc.update("update person set name = ? where id = ?", renamed, owner.id());
        assertThat(page(revops)).contains(renamed);
    }

    @Test
    void eachViewerSeesTheCellsTheyMayEnter() throws Exception {
        String asRevops = page(SignIn.demo(mvc, "revops"));
        String asBoard = page(SignIn.demo(mvc, "board"));
        assertThat(asRevops).contains("cell__value--editable");
        assertThat(asBoard).doesNotContain("cell__value--editable");
    }

    @Test
    void aChangeRendersAgainOnlyTheRowItChanges() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        CadenceUser sam = people.principalOf("revops");
        Period lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous();
        CellView cell = scorecard.cell("pipeline-coverage", lastWeek.key(), null, sam);
        scorecard.enterValue("pipeline-coverage", lastWeek.key(), null, new BigDecimal("2.9"), "Row check", cell.version(), sam);
        page(revops);
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        page(admin); // the administrator's own navigation (kept by page and access) is drawn once
        long rendered = fragments.renders();
        page(revops);
        assertThat(fragments.renders()).as("a repeated view renders no row again").isEqualTo(rendered);

        // Behind the application's back, one cell of one row: on the next view, that row alone is rendered again.
        jdbc.update("update metric_value set narrative = 'Row check by SQL' where narrative = 'Row check'");
        assertThat(page(revops)).contains("Row check by SQL").doesNotContain("Row check<");
        assertThat(fragments.renders()).as("the changed row, and only it").isEqualTo(rendered + 1);

        // Another viewer who may enter the same cells (an administrator, like RevOps) is served the same rows.
        page(admin);
        assertThat(fragments.renders()).isEqualTo(rendered + 1);
    }

    private static String table(String page) {
        return page.substring(page.indexOf("scorecard-card"), page.indexOf("</section>"));
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/scorecard").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
