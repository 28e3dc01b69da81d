package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.RenderedFragments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A definition page's cached parts are never staler than the data, and never carry one viewer's rights to another. */
@CadenceIntegrationTest
class MetricPageCacheIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
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
        String key = uniqueKey();
        CadenceUser sam = people.principalOf("revops");
        MetricView metric = definitions.create(key, spec("Cache check", "Before the edit"), GovernanceStatus.APPROVED, sam);
        Period lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous();
        MockHttpSession revops = SignIn.demo(mvc, "revops");

        String before = page(revops, key);
        assertThat(before).contains("Before the edit").contains("No values yet.").doesNotContain("chart__target");
        assertThat(shared(page(revops, key))).isEqualTo(shared(before));
        long hit = SqlStatements.countDuring(() -> page(revops, key));
        jdbc.update("update segment set name = name");
        long miss = SqlStatements.countDuring(() -> page(revops, key));
        assertThat(hit).as("a cached page reads its data from the cache").isLessThan(miss);

        // An edit through the page: the new definition and its history on the very next view.
        mvc.perform(post("/metrics/" + key).session(revops).with(csrf()).param("version", String.valueOf(metric.version()))
                        .param("name", "Cache check").param("definition", "After the edit").param("calculation", "Count ÷ total")
                        .param("unit", "PERCENT").param("direction", "HIGHER_IS_BETTER").param("cadence", "WEEKLY")
                        .param("ownerId", String.valueOf(people.principalOf("cro").personId())).param("indicator", "LEADING")
                        .param("lever", "Pipeline").param("dataSource", "Salesforce").param("displayOrder", "500"))
                .andExpect(redirectedUrl("/metrics/" + key));
        String edited = page(revops, key);
        assertThat(edited).contains("<p>After the edit</p>");
        assertThat(shared(edited)).contains("<del>Before the edit</del> → <ins>After the edit</ins>").contains("Sam Whitaker");

        // A target: in the list and as the chart's target line.
        definitions.setTarget(key, lastWeek.key(), null, new BigDecimal("42"), sam);
        assertThat(page(revops, key)).contains(lastWeek.key()).contains("42%").contains("chart__target")
                .doesNotContain("No values yet.");

        // A value: the chart draws it.
        scorecard.enterValue(key, lastWeek.key(), null, new BigDecimal("37.5"), null, null, sam);
        assertThat(page(revops, key)).contains("chart__line series-0").contains("37.5%");

        // A proposal: on the page at once.
        definitions.propose(key, spec("Cache check", "Proposed wording"), "Cache check: clearer words",
                people.principalOf("cmo"));
        assertThat(page(revops, key)).contains("Cache check: clearer words").contains("Proposed wording");

        // Behind the application's back (another instance, a script): still seen at once.
        jdbc.update("update metric_definition set definition = 'Changed by SQL' where key = ?", key);
        assertThat(page(revops, key)).contains("<p>Changed by SQL</p>").doesNotContain("<p>After the edit</p>");
    }

    @Test
    void whatDependsOnTheViewerIsNeverShared() throws Exception {
        String key = uniqueKey();
        definitions.create(key, spec("Viewer check", "Read by everyone"), GovernanceStatus.APPROVED,
                people.principalOf("revops"));
        ProposalView proposal = definitions.propose(key, spec("Viewer check", "Read by everyone, weekly"),
                "Viewer check: say when", people.principalOf("cmo"));
        String approve = "/metrics/proposals/" + proposal.id() + "/approve";
        String withdraw = "/metrics/proposals/" + proposal.id() + "/withdraw";

        MockHttpSession revops = SignIn.demo(mvc, "revops");
        MockHttpSession cmo = SignIn.demo(mvc, "cmo");
        MockHttpSession board = SignIn.demo(mvc, "board");
        long first = SqlStatements.countDuring(() -> page(revops, key));

        String asRevops = page(revops, key);
        assertThat(asRevops).contains("Edit definition").contains(approve).contains("Set a target").doesNotContain(withdraw);
        long asCmoStatements = SqlStatements.countDuring(() -> page(cmo, key));
        assertThat(asCmoStatements).as("another viewer is served from the same entry").isLessThan(first);
        String asCmo = page(cmo, key);
        assertThat(asCmo).contains("Propose a change").contains(withdraw)
                .doesNotContain("Edit definition").doesNotContain(approve).doesNotContain("Set a target");
        String asBoard = page(board, key);
        assertThat(asBoard).contains("Viewer check: say when").doesNotContain("Propose a change").doesNotContain(withdraw)
                .doesNotContain("Edit definition").doesNotContain(approve).doesNotContain("Set a target");
    }

    @Test
    void theDefinitionChartAndHistoryAreRenderedAgainOnlyWhenWhatTheyShowChanges() throws Exception {
        String key = uniqueKey();
        CadenceUser sam = people.principalOf("revops");
        definitions.create(key, spec("Render check", "Rendered once"), GovernanceStatus.APPROVED, sam);
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        MockHttpSession board = SignIn.demo(mvc, "board");
        page(revops, key);
        // The board's own navigation (kept by page and access) is drawn once too.
        page(board, key);
        long rendered = fragments.renders();

        // Any change moves the scorecard's counter, so the page's data is read again; what it shows here is the same.
        jdbc.update("update segment set name = name");
        page(board, key);
        assertThat(fragments.renders()).as("the same definition, chart and history, from memory").isEqualTo(rendered);

        // A new wording by SQL (no revision, so the same history): the definition and chart alone render again.
        jdbc.update("update metric_definition set definition = 'Rendered twice' where key = ?", key);
        assertThat(page(revops, key)).contains("<p>Rendered twice</p>");
        assertThat(fragments.renders()).isEqualTo(rendered + 1);
    }

    /** The parts of the page that read the same for everyone (no form, hence no per-request token). */
    private static String shared(String page) {
        return page.substring(page.indexOf("<h2>Definition</h2>"), page.indexOf("id=\"proposals\""))
                + page.substring(page.indexOf("id=\"history\""), page.indexOf("<aside"));
    }

    private String page(MockHttpSession session, String key) throws Exception {
        return mvc.perform(get("/metrics/" + key).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private MetricSpec spec(String name, String definition) {
        return new MetricSpec(name, definition, "Count ÷ total", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LEADING, "Pipeline", false,
                BigDecimal.TEN, "Salesforce", 500);
    }

    private static String uniqueKey() {
        return "cache-metric-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }
}
