package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one way a refused page request is answered ({@link RefusalAdvice}): a full-page form again with
 * every error at once (422, 409 when stale), an htmx form in place, a redirect with a flash, or the
 * message alone for htmx; nothing changed in each case.
 */
@CadenceIntegrationTest
class RefusalAdviceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    JdbcTemplate jdbc;

    long areaId;
    long areaVersion;

    @BeforeEach
    void aDraftAreaOfItsOwn() {
        CadenceUser ceo = people.principalOf("ceo");
        AsPerson.run(ceo, () -> {
            var area = rights.createArea("Refusal area " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(), null, ceo);
            areaId = area.id();
            areaVersion = area.version();
        });
    }

    @Test
    void aFullPageFormComesBackWith422AndEveryErrorOfEveryFieldEachTiedToItsField() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        long before = jdbc.queryForObject("select count(*) from person", Long.class);
        mvc.perform(post("/admin/people").session(admin).with(csrf())
                        .param("name", " ").param("email", "not-an-address").param("title", "x".repeat(121)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""), containsString("Enter the person&#39;s name."),
                        containsString("id=\"email-error\""), containsString("Enter an e-mail address such as jane@example.com."),
                        containsString("id=\"title-error\""), containsString("Keep the title under 120 characters."),
                        containsString("id=\"roles-error\""), containsString("Give the person at least one role."),
                        // what was typed stays, and the page is still the signed-in layout
                        containsString("value=\"not-an-address\""), containsString("Sign out"))));
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(before);
    }

    @Test
    void anHtmxEditIsRefusedInPlaceWith422ForARuleAnd409ForAStaleVersion() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        long cro = people.principalOf("cro").personId();
        mvc.perform(post("/decision-rights/{id}/cells/{p}", areaId, cro).session(ceo).with(csrf()).header("HX-Request", "true")
                        .param("role", "nonsense").param("version", String.valueOf(areaVersion)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"area-" + areaId + "\""), containsString("error-message"),
                        not(containsString("<html")))));
        mvc.perform(post("/decision-rights/{id}/cells/{p}", areaId, cro).session(ceo).with(csrf()).header("HX-Request", "true")
                        .param("role", "DECIDE").param("version", String.valueOf(areaVersion - 1)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"area-" + areaId + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from decision_right where area_id = ?", Long.class, areaId)).isZero();
    }

    @Test
    void aRedirectingActionGoesBackWithTheMessageAsAFlash() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        // Agreeing needs exactly one Decide; this area has none yet.
        var result = mvc.perform(post("/decision-rights/{id}/agree", areaId).session(ceo).with(csrf())
                        .param("version", String.valueOf(areaVersion)).param("back", "area"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/decision-rights/" + areaId))
                .andReturn();
        Flash shown = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
        assertThat(shown.kind()).isEqualTo("error");
        assertThat(shown.message()).contains("Decide");
        assertThat(rights.row(areaId).version()).isEqualTo(areaVersion);
    }

    @Test
    void anHtmxRequestWithNoFormGetsTheMessageAloneWith422() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        mvc.perform(post("/decision-rights/{id}/agree", areaId).session(ceo).with(csrf()).header("HX-Request", "true")
                        .param("version", String.valueOf(areaVersion)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().doesNotExist("HX-Retarget"))
                .andExpect(header().string("HX-Reswap", "none"))
                .andExpect(header().string("HX-Trigger", "cadence:refused"))
                .andExpect(content().string(allOf(containsString("class=\"error-message\""), containsString("role=\"alert\""),
                        not(containsString("<html")))));
    }

    @Test
    void anUndeclaredFullPageRefusalReturnsToThePageItCameFromOnThisSiteOnly() {
        assertThat(RefusalAdvice.localPath("http://localhost/decisions?q=a", "localhost", "")).isEqualTo("/decisions?q=a");
        assertThat(RefusalAdvice.localPath("/scorecard", "localhost", "")).isEqualTo("/scorecard");
        assertThat(RefusalAdvice.localPath("https://evil.example/steal", "localhost", "")).isEqualTo("/");
        assertThat(RefusalAdvice.localPath("http://localhost/elsewhere", "localhost", "/cadence")).isEqualTo("/");
        assertThat(RefusalAdvice.localPath("http://localhost/cadence/meetings", "localhost", "/cadence")).isEqualTo("/meetings");
        assertThat(RefusalAdvice.localPath("::not a uri::", "localhost", "")).isEqualTo("/");
        assertThat(RefusalAdvice.localPath(null, "localhost", "")).isEqualTo("/");
    }
}
