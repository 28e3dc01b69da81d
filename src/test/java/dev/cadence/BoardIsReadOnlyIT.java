package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The board reads and never writes: every route that changes something (every method but GET, HEAD,
 * OPTIONS and TRACE, on every page and API route the application maps) refuses a board member with 403
 * before any controller runs — signed in on the pages, with a read-write token on the API — whatever
 * they own or take part in. Only choosing their own password and signing out remain.
 */
@CadenceIntegrationTest
class BoardIsReadOnlyIT {

    /** Not writes: a board member must keep these. */
    private static final Set<String> KEPT = Set.of("POST /account/password", "POST /account/time-zone", "POST /logout");
    private static final Set<RequestMethod> READS = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.OPTIONS, RequestMethod.TRACE);

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteRouteRefusesABoardMemberBeforeAnyControllerRuns() throws Exception {
        PersonView board = PersonFixture.add(people, "Board Sweep", Role.BOARD);
        MockHttpSession session = SignIn.as(mvc, board.username(), PersonFixture.PASSWORD);
        String token = "test-board-sweep-" + board.id();
        tokens.createDemoTokenIfAbsent(token, "Board script", ApiScope.READ_WRITE, people.activePrincipal(board.id()).orElseThrow());

        List<String> swept = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods().isEmpty()
                    ? EnumSet.allOf(RequestMethod.class) : mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // the error page, for every method; not a write
                }
                String path = pattern.replaceAll("\\{[^}]*}", "1").replace("**", "anything");
                for (RequestMethod method : methods) {
                    String route = method + " " + pattern;
                    if (READS.contains(method) || KEPT.contains(route)) {
                        continue;
                    }
                    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()), path).with(csrf());
                    request = path.startsWith("/api/")
                            ? request.header("Authorization", "Bearer " + token)
                            : request.session(session);
                    MvcResult result = mvc.perform(request).andReturn();
                    softly.assertThat(result.getResponse().getStatus()).as(route).isEqualTo(403);
                    softly.assertThat(result.getHandler()).as(route + " reached a controller").isNull();
                    swept.add(route);
                }
            }
        }
        softly.assertAll();
        assertThat(swept).as("the sweep found the write routes")
                .contains("POST /scorecard/cells/{key}/{period}", "PUT /api/v1/metrics/{key}/values/{period}",
                        "POST /api/v1/metrics/values/import", "POST /scorecard/import", "POST /metrics",
                        "POST /glossary", "POST /decisions", "PUT /api/v1/decision-rights/{id}", "POST /settings/api-tokens",
                        "POST /admin/people")
                .hasSizeGreaterThan(50);
    }

    @Test
    void aBoardMemberStillChangesTheirOwnPasswordAndSignsOut() throws Exception {
        PersonView board = PersonFixture.add(people, "Board Password", Role.BOARD);
        MockHttpSession session = SignIn.as(mvc, board.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/scorecard").session(session)).andExpect(status().isOk());
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", PersonFixture.PASSWORD)
                        .param("newPassword", "quarterly board pack").param("confirmation", "quarterly board pack"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        SignIn.as(mvc, board.username(), "quarterly board pack");
    }
}
