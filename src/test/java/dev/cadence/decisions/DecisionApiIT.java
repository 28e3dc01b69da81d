package dev.cadence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/v1/decision-rights} and {@code /api/v1/decisions}: tokens, If-Match, and the map's rules as problems. */
@CadenceIntegrationTest
class DecisionApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    DecisionService decisions;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    String croToken;
    String cmoToken;
    long areaId;
    long cro;
    long cfo;
    long ceo;

    @BeforeEach
    void tokensAndADraftArea() {
        String suffix = String.valueOf(System.nanoTime() % 10_000_000);
        croToken = "test-cro-decisions-" + suffix;
        cmoToken = "test-cmo-decisions-" + suffix;
        tokens.createDemoTokenIfAbsent(croToken, "CRO script", ApiScope.READ_WRITE, people.principalOf("cro"));
        tokens.createDemoTokenIfAbsent(cmoToken, "CMO script", ApiScope.READ_WRITE, people.principalOf("cmo"));
        cro = people.principalOf("cro").personId();
        cfo = people.principalOf("cfo").personId();
        ceo = people.principalOf("ceo").personId();
        CadenceUser maya = people.principalOf("ceo");
        AsPerson.run(maya, () -> areaId = rights.createArea("API area " + suffix, null, maya).id());
    }

    @Test
    void readsTheMapWithABearerTokenAndNothingWithoutOne() throws Exception {
        mvc.perform(get("/api/v1/decision-rights")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/decision-rights").header("Authorization", "Bearer not-a-token")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/decision-rights").header("Authorization", "Bearer " + cmoToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'The forecast call')].decider.name", hasItem("Daniel Okafor")))
                .andExpect(jsonPath("$[?(@.name == 'The forecast call')].status", hasItem("LOCKED")))
                .andExpect(jsonPath("$[?(@.name == 'Renewal ownership model')].reopenCount", hasItem(1)));
        mvc.perform(get("/api/v1/decision-rights/{id}", areaId).header("Authorization", "Bearer " + cmoToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + rights.row(areaId).version() + "\""))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void replacingAssignmentsNeedsIfMatchAndExactlyOneDecide() throws Exception {
        long version = rights.row(areaId).version();
        String oneDecide = body(cro, "DECIDE", cfo, "CONSULT", ceo, "I");
        mvc.perform(putArea(oneDecide, croToken)).andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(putArea(body(cro, "DECIDE", cfo, "DECIDE"), croToken).header("If-Match", etag(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("needs exactly one Decide; this would give it 2")));
        mvc.perform(putArea(body(cro, "CONSULT"), croToken).header("If-Match", etag(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("this would give it 0")));
        mvc.perform(putArea(body(cro, "DECIDE", cfo, "sometimes"), croToken).header("If-Match", etag(version)))
                .andExpect(status().isUnprocessableContent());
        assertThat(rights.row(areaId).version()).isEqualTo(version);

        mvc.perform(putArea(oneDecide, croToken).header("If-Match", etag(version)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(version + 1)))
                .andExpect(jsonPath("$.decider.name").value("Daniel Okafor"))
                .andExpect(jsonPath("$.assignments[?(@.personId == " + ceo + ")].role", hasItem("INFORM")));

        mvc.perform(putArea(body(cfo, "DECIDE"), croToken).header("If-Match", etag(version)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail", containsString("Daniel Okafor changed")));
        assertThat(rights.row(areaId).deciderName()).isEqualTo("Daniel Okafor");

        // Moving Decide to someone else in one request is fine: the old decider is cleared first.
        mvc.perform(putArea(body(cfo, "DECIDE", cro, "CONSULT"), croToken).header("If-Match", etag(version + 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decider.name").value("Tom Lindqvist"));
    }

    @Test
    void aLockedAreaIs409AndARoleThatMayNotEditIs403() throws Exception {
        CadenceUser maya = people.principalOf("ceo");
        AsPerson.run(maya, () -> {
            AreaRow row = rights.setCell(areaId, cro, RightRole.DECIDE, rights.row(areaId).version(), false, maya);
            rights.lock(row.id(), row.version(), maya);
        });
        long version = rights.row(areaId).version();
        mvc.perform(putArea(body(cfo, "DECIDE"), croToken).header("If-Match", etag(version)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("is locked by Maya Chen")));
        mvc.perform(putArea(body(cfo, "DECIDE"), cmoToken).header("If-Match", etag(version)))
                .andExpect(status().isForbidden());
        assertThat(rights.row(areaId).deciderName()).isEqualTo("Daniel Okafor");
    }

    @Test
    void aStalePutOnALockedAreaIs412BecauseThePreconditionIsCheckedFirst() throws Exception {
        long seen = rights.row(areaId).version();
        CadenceUser maya = people.principalOf("ceo");
        AsPerson.run(maya, () -> {
            AreaRow row = rights.setCell(areaId, cro, RightRole.DECIDE, seen, false, maya);
            rights.lock(row.id(), row.version(), maya);
        });
        mvc.perform(putArea(body(cfo, "DECIDE"), croToken).header("If-Match", etag(seen)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Maya Chen changed")))
                .andExpect(jsonPath("$.detail", containsString("is locked by Maya Chen")));
        mvc.perform(putArea(body(cfo, "DECIDE"), croToken).header("If-Match", etag(rights.row(areaId).version())))
                .andExpect(status().isConflict());
    }

    @Test
    void readsTheLogFilteredAndOneDecisionWithItsETag() throws Exception {
        mvc.perform(get("/api/v1/decisions").param("status", "SUPERSEDED").header("Authorization", "Bearer " + cmoToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem("Discounts above 15% need CRO approval")))
                .andExpect(jsonPath("$[*].status", everyItem(is("SUPERSEDED"))));
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/api/v1/decisions").param("from", today.minusDays(12).toString()).param("to", today.toString())
                        .header("Authorization", "Bearer " + cmoToken))
                .andExpect(jsonPath("$[*].title", hasItem("Named accounts: the top 150 move to the enterprise team")));
        long forecastArea = decisions.areas().stream().filter(a -> a.name().equals("The forecast call")).findFirst().orElseThrow().id();
        mvc.perform(get("/api/v1/decisions").param("area", String.valueOf(forecastArea)).header("Authorization", "Bearer " + cmoToken))
                .andExpect(jsonPath("$[*].areaName", everyItem(is("The forecast call"))))
                .andExpect(jsonPath("$[*].title", hasItem("Forecast call is per segment, submitted Monday noon")));
        mvc.perform(get("/api/v1/decisions").param("status", "sideways").header("Authorization", "Bearer " + cmoToken))
                .andExpect(status().isBadRequest());

        DecisionSummary any = decisions.list(DecisionFilter.none()).get(0);
        mvc.perform(get("/api/v1/decisions/{id}", any.id()).header("Authorization", "Bearer " + cmoToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(decisions.get(any.id()).version())))
                .andExpect(jsonPath("$.title").value(any.title()));
        mvc.perform(get("/api/v1/decisions/{id}", 987654321L).header("Authorization", "Bearer " + cmoToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private MockHttpServletRequestBuilder putArea(String body, String token) {
        return put("/api/v1/decision-rights/{id}", areaId).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static String body(Object... pairs) {
        StringBuilder json = new StringBuilder("{\"assignments\": [");
        for (int i = 0; i < pairs.length; i += 2) {
            json.append(i == 0 ? "" : ", ").append("{\"personId\": ").append(pairs[i]).append(", \"role\": \"")
                    .append(pairs[i + 1]).append("\"}");
        }
        return json.append("]}").toString();
    }
}
