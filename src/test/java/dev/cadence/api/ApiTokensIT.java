package dev.cadence.api;

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

import dev.cadence.api.ApiTokenService.ApiTokenView;
import dev.cadence.api.ApiTokenService.NewApiToken;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonDetails;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CadenceIntegrationTest
class ApiTokensIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void revopsCreatesATokenThatIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        MvcResult created = mvc.perform(post("/settings/api-tokens").session(revops).with(csrf())
                        .param("name", "BI nightly sync").param("scope", "READ"))
                .andExpect(redirectedUrl("/settings/api-tokens"))
                .andExpect(flash().attributeExists("newToken"))
                .andReturn();
        String value = ((NewApiToken) created.getFlashMap().get("newToken")).value();
        assertThat(value).startsWith("cad_").hasSizeGreaterThan(40);

        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class,
                ApiTokenService.hash(value))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or hint like ?", Long.class,
                value, "%" + value.substring(10, 30) + "%")).as("the value itself is nowhere").isZero();

        mvc.perform(get("/settings/api-tokens").session(revops))
                .andExpect(content().string(containsString(value)));
        mvc.perform(get("/settings/api-tokens").session(revops))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BI nightly sync")))
                .andExpect(content().string(containsString(value.substring(value.length() - 4))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(value))));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + value))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sam Whitaker"))
                .andExpect(jsonPath("$.scope").value("READ"));
    }

    @Test
    void aNameIsRequiredAndABadFormStoresNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from api_token", Long.class);
        mvc.perform(post("/settings/api-tokens").session(SignIn.demo(mvc, "admin")).with(csrf())
                        .param("name", "  ").param("scope", "READ_WRITE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Name the token")));
        assertThat(jdbc.queryForObject("select count(*) from api_token", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyRevopsAndAdministratorsManageTokens() throws Exception {
        for (String user : new String[] {"ceo", "cro", "board"}) {
            MockHttpSession session = SignIn.demo(mvc, user);
            mvc.perform(get("/settings/api-tokens").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/settings/api-tokens").session(session).with(csrf())
                    .param("name", "Sneaky").param("scope", "READ_WRITE")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token where name = 'Sneaky'", Long.class)).isZero();
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        CadenceUser admin = people.principalOf("admin");
        NewApiToken token = tokens.create("Short-lived", ApiScope.READ, admin);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.value())).andExpect(status().isOk());

        mvc.perform(post("/settings/api-tokens/{id}/revoke", token.token().id()).session(SignIn.demo(mvc, "revops"))
                        .with(csrf()).param("version", String.valueOf(token.token().version())))
                .andExpect(redirectedUrl("/settings/api-tokens"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }

    @Test
    void twoRevocationsOfOneTokenAtOnceRevokeItOnceAndRefuseTheOtherClearly() throws Exception {
        NewApiToken token = tokens.create("Revoked twice", ApiScope.READ, people.principalOf("admin"));
        long version = token.token().version();

        List<Race.Outcome> outcomes = Race.requests(mvc, "api_token",
                post("/settings/api-tokens/{id}/revoke", token.token().id()).session(SignIn.demo(mvc, "revops"))
                        .with(csrf()).param("version", String.valueOf(version)),
                post("/settings/api-tokens/{id}/revoke", token.token().id()).session(SignIn.demo(mvc, "admin"))
                        .with(csrf()).param("version", String.valueOf(version)));

        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 302);
        assertThat(refused.message()).contains("it is already revoked");
        assertThat(tokens.all(people.principalOf("admin")).stream().filter(t -> t.id() == token.token().id())
                .findFirst().orElseThrow().version()).isEqualTo(version + 1);
    }

    @Test
    void aTokenActsWithItsOwnersCurrentRolesAndDiesWithTheirAccess() throws Exception {
        CadenceUser admin = people.principalOf("admin");
        PersonView analyst = people.add(new PersonDetails("Rita Analyst", "rita" + System.nanoTime() + "@brightline.example",
                "rita" + System.nanoTime(), "RevOps analyst"), EnumSet.of(Role.REVOPS)).person();
        NewApiToken token = tokens.create("Rita's script", ApiScope.READ_WRITE, people.activePrincipal(analyst.id()).orElseThrow());
        String bearer = "Bearer " + token.value();
        mvc.perform(get("/api/v1/me").header("Authorization", bearer))
                .andExpect(jsonPath("$.roles[0]").value("REVOPS"));

        PersonView demoted = people.update(analyst.id(), new PersonDetails(analyst.name(), analyst.email(), analyst.username(),
                analyst.title()), EnumSet.of(Role.CMO), analyst.version(), admin.personId());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer))
                .andExpect(jsonPath("$.roles[0]").value("CMO"));

        people.deactivate(analyst.id(), demoted.version(), admin.personId());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void readTokensAndBrowserSessionsMayOnlyRead() throws Exception {
        NewApiToken read = tokens.create("Read only", ApiScope.READ, people.principalOf("revops"));
        String body = "{\"value\": 1, \"narrative\": \"x\"}";
        mvc.perform(put("/api/v1/metrics/win-rate/values/2026-W01").header("Authorization", "Bearer " + read.value())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("read-write scope")));

        MockHttpSession revops = SignIn.demo(mvc, "revops");
        mvc.perform(get("/api/v1/me").session(revops)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sam Whitaker"));
        mvc.perform(put("/api/v1/metrics/win-rate/values/2026-W01").session(revops).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousAndUnknownRequestsGetProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/metrics"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
        mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
    }

    @Test
    void theDemoTokenReadsAndWritesAsRevops() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("revops"))
                .andExpect(jsonPath("$.scope").value("READ_WRITE"));
        assertThat(tokens.all(people.principalOf("admin"))).extracting(ApiTokenView::name)
                .contains("Demo token (public — demo only)");
    }
}
