package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@CadenceIntegrationTest
class LayoutAndErrorsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void everyResponseCarriesASelfOnlyContentSecurityPolicyAndNoFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theLayoutServesHtmxFromTheWebjarAndCarriesTheCsrfTokenForHtmx() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        String html = mvc.perform(get("/").session(ceo)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/webjars/htmx.org/2.0.10/dist/htmx.min.js")
                .contains("<meta name=\"_csrf\"").contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")
                .contains("Brightline Software")
                .doesNotContain("<script>").doesNotContain("style=\"").doesNotContain("http://cdn").doesNotContain("https://");
        mvc.perform(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/js/cadence.js")).andExpect(status().isOk());
    }

    @Test
    void errorPagesUseTheLayout() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/admin/people").session(board))
                .andExpect(status().isForbidden());
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).session(board).requestAttr("jakarta.servlet.error.status_code", 403))
                .andExpect(content().string(allOf(containsString("You may not do that"), containsString("Ruth Abernathy"))));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).session(board).requestAttr("jakarta.servlet.error.status_code", 404))
                .andExpect(content().string(allOf(containsString("Page not found"), containsString("Brightline Software"))));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).session(board).requestAttr("jakarta.servlet.error.status_code", 500))
                .andExpect(content().string(containsString("Something went wrong")));
    }

    @Test
    void anUnknownPersonIdAnswers404() throws Exception {
        mvc.perform(get("/admin/people/987654").session(SignIn.demo(mvc, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void healthIncludesTheDatabaseForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health").session(SignIn.demo(mvc, "admin")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void mainPagesIssueABoundedNumberOfStatements() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        long home = SqlStatements.countDuring(() -> mvc.perform(get("/").session(admin)).andExpect(status().isOk()));
        long people = SqlStatements.countDuring(() -> mvc.perform(get("/admin/people").session(admin)).andExpect(status().isOk()));
        long account = SqlStatements.countDuring(() -> mvc.perform(get("/account").session(admin)).andExpect(status().isOk()));
        // Home's own budget, whatever the history and for every role, is held by home.HomeStatementsIT.
        assertThat(home).as("Home").isLessThanOrEqualTo(28);
        assertThat(people).as("People, whatever the number of people").isLessThanOrEqualTo(2);
        assertThat(account).as("Account").isLessThanOrEqualTo(3);
    }
}
