package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CadenceIntegrationTest
class MetricApiIT {

    static final String REVOPS = "Bearer cadence-demo-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    String key;
    Period week;
    String cmoToken;
    String cfoToken;

    @BeforeEach
    void aWeeklyMetricOwnedByTheCmo() {
        CadenceUser revops = people.principalOf("revops");
        key = "api-test-" + System.nanoTime() % 10_000_000;
        definitions.create(key, spec("API metric", 960), GovernanceStatus.APPROVED, revops);
        week = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous();
        cmoToken = "test-cmo-" + key;
        cfoToken = "test-cfo-" + key;
        tokens.createDemoTokenIfAbsent(cmoToken, "CMO script", ApiScope.READ_WRITE, people.principalOf("cmo"));
        tokens.createDemoTokenIfAbsent(cfoToken, "CFO script", ApiScope.READ_WRITE, people.principalOf("cfo"));
    }

    MetricSpec spec(String name, int order) {
        return new MetricSpec(name, "Meetings booked by the API test", "Count of meetings", MetricUnit.COUNT,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, people.principalOf("cmo").personId(), Indicator.LEADING,
                "Pipeline", true, BigDecimal.TEN, "Warehouse", order);
    }

    static String json(String name, int order) {
        return """
                {"name": "%s", "definition": "Meetings booked by the API test", "calculation": "Count of meetings",
                 "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "cadence": "WEEKLY", "ownerId": %%d,
                 "indicator": "LEADING", "lever": "Pipeline", "segmented": true, "atRiskBandPercent": 10,
                 "dataSource": "Warehouse", "displayOrder": %d}""".formatted(name, order);
    }

    MockHttpServletRequestBuilder putDefinition(String body) {
        return putDefinition(body, REVOPS);
    }

    MockHttpServletRequestBuilder putDefinition(String body, String authorization) {
        return put("/api/v1/metrics/{key}", key).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(people.principalOf("cmo").personId()));
    }

    @Test
    void listsTheApprovedDefinitionsAndReadsOneWithItsVersionAsETag() throws Exception {
        mvc.perform(get("/api/v1/metrics").header("Authorization", REVOPS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("win-rate")))
                .andExpect(jsonPath("$[*].key", hasItem(key)))
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("APPROVED"))));

        long version = definitions.get(key).version();
        mvc.perform(get("/api/v1/metrics/{key}", key).header("Authorization", REVOPS))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.owner.name").value("Priya Raman"))
                .andExpect(jsonPath("$.unit").value("COUNT"))
                .andExpect(jsonPath("$.version").value(version));

        mvc.perform(get("/api/v1/metrics/no-such-metric").header("Authorization", REVOPS))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void updatingNeedsIfMatchAndAStaleVersionIsRefused() throws Exception {
        long version = definitions.get(key).version();
        mvc.perform(putDefinition(json("Renamed without a version", 960)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(putDefinition(json("Meetings booked", 960)).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.name").value("Meetings booked"));

        mvc.perform(putDefinition(json("Lost update", 960)).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Sam Whitaker")));
        assertThat(definitions.get(key).name()).isEqualTo("Meetings booked");

        mvc.perform(get("/api/v1/metrics/{key}/revisions", key).header("Authorization", REVOPS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].author", hasItem("Sam Whitaker")))
                .andExpect(jsonPath("$[*].changes[*].field", hasItem("Name")));
    }

    @Test
    void badDefinitionsAre422AndOnlyGovernorsMayUpdate() throws Exception {
        long version = definitions.get(key).version();
        mvc.perform(putDefinition(json("", 960)).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(putDefinition("{not json").header("If-Match", "\"" + version + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(putDefinition(json("CMO renames it", 960), "Bearer " + cmoToken)
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isForbidden());
        assertThat(definitions.get(key).version()).isEqualTo(version);
    }

    @Test
    void theOwnerPutsAValueAndAnyoneMayReadItButNotEnterIt() throws Exception {
        String url = "/api/v1/metrics/{key}/values/{period}";
        mvc.perform(put(url, key, week.key()).param("segment", "enterprise").header("Authorization", "Bearer " + cmoToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 42, \"narrative\": \"Two events landed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(42))
                .andExpect(jsonPath("$.enteredBy").value("Priya Raman"));

        mvc.perform(put(url, key, week.key()).param("segment", "enterprise").header("Authorization", "Bearer " + cfoToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(url, key, "2026-W99").header("Authorization", "Bearer " + cmoToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1}"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/v1/metrics/{key}/values", key).param("segment", "enterprise")
                        .param("from", week.previous().key()).param("to", week.key())
                        .session(SignIn.demo(mvc, "board")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].period").value(week.key()))
                .andExpect(jsonPath("$[0].narrative").value("Two events landed"));
    }

    @Test
    void anImportWithABadRowIs422WithEveryProblemAndStoresNothing() throws Exception {
        String bad = "metric_key,period,segment,value,narrative\n"
                + key + "," + week.key() + ",,10,fine\n"
                + "no-such-metric," + week.key() + ",,1,\n"
                + key + ",2026-W99,,1,\n"
                + key + "," + week.previous().key() + ",,lots,\n";
        mvc.perform(post("/api/v1/metrics/values/import").header("Authorization", REVOPS)
                        .contentType("text/csv").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].line", org.hamcrest.Matchers.contains(3, 4, 5)));
        assertThat(scorecard.cell(key, week.key(), null, people.principalOf("revops")).value()).isNull();

        String good = "metric_key,period,segment,value,narrative\n" + key + "," + week.key() + ",,10,fine\n";
        mvc.perform(post("/api/v1/metrics/values/import").header("Authorization", REVOPS)
                        .contentType("text/csv").content(good))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        mvc.perform(post("/api/v1/metrics/values/import").header("Authorization", REVOPS)
                        .contentType("text/csv").content(good))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(1));
    }
    @Test
    void aWeakETagIsRefusedAsIfMatchBecauseOnlyAStrongOneNamesTheVersion() throws Exception {
        long version = definitions.get(key).version();
        mvc.perform(putDefinition(json("Weakly matched", 960)).header("If-Match", "W/\"" + version + "\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("weak")));
        mvc.perform(put("/api/v1/metrics/{key}/values/{period}", key, week.key()).header("Authorization", "Bearer " + cmoToken)
                        .header("If-Match", "W/\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail", containsString("weak")));
        assertThat(definitions.get(key).version()).isEqualTo(version);
        assertThat(scorecard.cell(key, week.key(), null, people.principalOf("revops")).value()).isNull();
    }

    @Test
    void anImportOfTheWrongMediaTypeIs415AndAMethodAResourceLacksIs405() throws Exception {
        mvc.perform(post("/api/v1/metrics/values/import").header("Authorization", REVOPS)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rows\": []}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Accept", containsString("text/csv")));
        mvc.perform(delete("/api/v1/metrics/{key}", key).header("Authorization", REVOPS))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Allow", containsString("PUT")));
        mvc.perform(post("/api/v1/no-such-thing").header("Authorization", REVOPS).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(definitions.get(key)).isNotNull();
    }

    @Test
    void theValuesApiShowsTheTargetEachStatusWasJudgedAgainst() throws Exception {
        CadenceUser revops = people.principalOf("revops");
        CadenceUser cmo = people.principalOf("cmo");
        // Entered before there was any target: judged, like on the scorecard, against the target for its period.
        scorecard.enterValue(key, week.previous().key(), null, new BigDecimal("30"), null, null, cmo);
        definitions.setTarget(key, week.plus(-5).key(), null, new BigDecimal("40"), revops);
        scorecard.enterValue(key, week.key(), null, new BigDecimal("42"), null, null, cmo);

        mvc.perform(get("/api/v1/metrics/{key}/values", key).param("from", week.previous().key()).param("to", week.key())
                        .header("Authorization", REVOPS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].period").value(week.previous().key()))
                .andExpect(jsonPath("$[0].target").value(40))
                .andExpect(jsonPath("$[0].status").value(
                        scorecard.cell(key, week.previous().key(), null, revops).status().name()))
                .andExpect(jsonPath("$[0].status").value("OFF_TRACK"))
                .andExpect(jsonPath("$[1].target").value(40))
                .andExpect(jsonPath("$[1].status").value("ON_TRACK"));
    }
}
