package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricFixture;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.ValueImportService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Malformed input, class by class, answered with a clear 4xx and its message (each once gave a 500 or
 * was stored as something else); {@link MalformedInputSweepIT} sweeps every route with all of them.
 */
@CadenceIntegrationTest
class MalformedInputIT {

    private static final String CONTROL_MESSAGE = "Remove the invisible control character U+0000 (character 4): "
            + "text takes letters, digits, punctuation, tabs and line breaks.";
    private static final String REVOPS_TOKEN = "Bearer cadence-demo-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    ValueImportService imports;
    @Autowired
    Clock clock;

    MetricView metric;
    String lastWeek;

    @BeforeEach
    void aWeeklyMetricOfItsOwn() {
        metric = MetricFixture.metric(definitions, people).key("malformed").segmented().create();
        lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous().key();
    }

    // ---- control characters, wherever text enters ----

    @Test
    void aNulInASearchBoxIsA400SayingWhatIsWrongNotA500() throws Exception {
        MockHttpSession cfo = SignIn.demo(mvc, "cfo");
        mvc.perform(get("/decisions").param("q", "abc\u0000").session(cfo))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("In &quot;q&quot;: " + CONTROL_MESSAGE)));
        mvc.perform(get("/meetings").param("q", "abc\u0000").header("HX-Request", "true").session(cfo))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Reswap", "none"))
                .andExpect(content().string(containsString(CONTROL_MESSAGE)));
        mvc.perform(get("/api/v1/decisions").param("q", "abc\u0000").header("Authorization", REVOPS_TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"))
                .andExpect(jsonPath("$.detail").value("In \"q\": " + CONTROL_MESSAGE));
    }

    @Test
    void aControlCharacterInAFormFieldIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        String name = "Area with a NUL " + System.nanoTime();
        mvc.perform(post("/decision-rights").session(SignIn.demo(mvc, "ceo")).with(csrf())
                        .param("name", name.substring(0, 3) + "\u0000" + name.substring(3)).param("description", "ok"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString(CONTROL_MESSAGE)));
        assertThat(decisions.areas()).noneMatch(a -> a.name().contains("with a NUL"));
    }

    @Test
    void aControlCharacterInAJsonBodyIs422NamingTheField() throws Exception {
        mvc.perform(put("/api/v1/metrics/{key}/values/{period}", metric.key(), lastWeek).header("Authorization", REVOPS_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 30, \"narrative\": \"abc\\u0000\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("narrative"))
                .andExpect(jsonPath("$.detail").value("In \"narrative\": " + CONTROL_MESSAGE));
        mvc.perform(put("/api/v1/metrics/{key}/values/{period}", metric.key(), lastWeek).header("Authorization", REVOPS_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"thirty\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"))
                .andExpect(jsonPath("$.detail").value("\"value\" must be a number, e.g. 27.5."));
        mvc.perform(put("/api/v1/metrics/{key}/values/{period}", metric.key(), lastWeek).header("Authorization", REVOPS_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("The body is not valid JSON")));
    }

    @Test
    void aCsvRowWithAControlCharacterIsRefusedOnItsLineWithoutReachingTheDatabase() {
        var report = imports.preview("metric_key,period,value,narrative\n"
                + metric.key() + ",abc\u0000d,30,\n"
                + metric.key() + "," + lastWeek + ",30,\"Two\u0007 deals\"\n", people.principalOf("revops"));
        assertThat(report.rows()).extracting(r -> r.error()).containsExactly(
                "In period: " + CONTROL_MESSAGE,
                "In narrative: Remove the invisible control character U+0007 (character 4): text takes letters, digits, "
                        + "punctuation, tabs and line breaks.");
    }

    @Test
    void aNulInAHeaderIsA400() throws Exception {
        mvc.perform(put("/api/v1/metrics/{key}", metric.key()).header("Authorization", REVOPS_TOKEN).header("If-Match", "\u0000")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNulInTheSignInFormIsAFailedSignInNotA500() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "nobody\u0000" + System.nanoTime()).param("password", "x"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aFormFieldOfAHandlerWithNoFormToShowIsA400SayingWhichField() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        CadenceUser chief = people.principalOf("ceo");
        long[] area = new long[1];
        AsPerson.run(chief, () -> area[0] = rights.createArea("Cells area " + System.nanoTime(), null, chief).id());
        mvc.perform(post("/decision-rights/{id}/cells/{personId}", area[0], people.principalOf("cro").personId())
                        .param("role", "CONSULT").param("version", "abc").session(ceo).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("In &quot;version&quot;:")));
    }

    // ---- dates ----

    @Test
    void aDateBeyondWhatTheDatabaseHoldsIsRefusedInWords() throws Exception {
        MockHttpSession cfo = SignIn.demo(mvc, "cfo");
        mvc.perform(get("/decisions").param("from", "+999999999-12-31").session(cfo))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a date from the year 1 to 9999.")));
        mvc.perform(get("/api/v1/meetings").param("to", "-999999999-01-01").header("Authorization", REVOPS_TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/decisions").param("from", "2026-02-30").header("Authorization", REVOPS_TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("In \"from\": \"2026-02-30\" is not a date: write it as year-month-day, e.g. 2026-12-01."));
        mvc.perform(post("/decisions").session(cfo).with(csrf()).param("title", "Dated far away")
                        .param("deciderId", String.valueOf(people.principalOf("cfo").personId()))
                        .param("decidedOn", "+999999999-12-31"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"decidedOn-error\"")))
                .andExpect(content().string(containsString("Choose a date from the year 1 to 9999.")));
    }

    // ---- a cell's address ----

    @Test
    void aCellWithABadPeriodTheWrongCadenceOrAnUnknownSegmentIsAClear4xxWhetherReadOrWritten() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        String cell = "/scorecard/cells/" + metric.key() + "/";
        mvc.perform(get(cell + "2026-W99").session(revops))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("is not a period")));
        mvc.perform(get(cell + "2026-11").session(revops).header("HX-Request", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("is a month, not a week")));
        mvc.perform(get(cell + lastWeek).param("segment", "atlantis").session(revops))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no segment atlantis.")));
        mvc.perform(get("/scorecard/cells/no-such-metric/" + lastWeek).session(revops))
                .andExpect(status().isNotFound());
        // the same answers when writing
        mvc.perform(post(cell + "2026-W99").session(revops).with(csrf()).header("HX-Request", "true").param("value", "3"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post(cell + "2026-11").session(revops).with(csrf()).header("HX-Request", "true").param("value", "3"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post(cell + lastWeek).param("segment", "atlantis").session(revops).with(csrf()).header("HX-Request", "true")
                        .param("value", "3"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no segment atlantis.")));
        mvc.perform(get(cell + lastWeek).param("segment", "enterprise").session(revops)).andExpect(status().isOk());
    }

    // ---- forms that cannot be shown again, redirects, lengths ----

    @Test
    void aFormNamingSomethingThatDoesNotExistIsRefusedWithItsMessageNotA500() throws Exception {
        mvc.perform(post("/decisions").session(SignIn.demo(mvc, "cfo")).with(csrf()).param("title", "Unknown area")
                        .param("decision", "We do it").param("decidedOn", LocalDate.now(clock).toString())
                        .param("deciderId", String.valueOf(people.principalOf("cfo").personId())).param("areaId", "-1"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error", "There is no decision area -1.")));
    }

    @Test
    void aKeyWithAPercentSignOrABraceGoesBackToAnAddressThatIsOne() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        long proposal = definitions.propose(metric.key(), MetricFixture.metric(definitions, people).named("Renamed").spec(),
                "Clearer", people.principalOf("cro")).id();
        mvc.perform(post("/metrics/proposals/{id}/reject", proposal).param("metric", "50%").session(revops).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/metrics/50%25"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE,
                        new Flash("error", "Say why the proposal is rejected; the proposer reads it.")));
        mvc.perform(post("/metrics/{key}/targets", "{x}").param("effectiveFrom", lastWeek).param("target", "abc")
                        .session(revops).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/metrics/%7Bx%7D"));
    }

    @Test
    void aDecisionCommentLongerThanItsColumnIsRefusedNotA500() throws Exception {
        long proposal = definitions.propose(metric.key(), MetricFixture.metric(definitions, people).named("Renamed").spec(),
                "Clearer", people.principalOf("cro")).id();
        mvc.perform(post("/metrics/proposals/{id}/reject", proposal).param("metric", metric.key())
                        .param("comment", "x".repeat(2001)).session(SignIn.demo(mvc, "revops")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error", "Keep this under 2000 characters (it has 2001).")));
        assertThat(definitions.proposals(metric.key())).singleElement().satisfies(p -> assertThat(p.decidedBy()).isNull());
    }
}
