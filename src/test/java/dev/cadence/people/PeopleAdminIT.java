package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import dev.cadence.web.RuleViolationException;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CadenceIntegrationTest
class PeopleAdminIT {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;

    @Test
    void anAdministratorAddsAPersonWhoChoosesTheirPasswordAtFirstSignIn() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        MvcResult added = mvc.perform(post("/admin/people").session(admin).with(csrf())
                        .param("name", "Jordan Blake").param("email", "jordan.blake@brightline.example")
                        .param("username", "jblake").param("title", "VP Sales, Enterprise").param("roles", "CRO"))
                .andExpect(status().isFound())
                .andReturn();
        String message = ((Flash) added.getFlashMap().get(Flash.ATTRIBUTE)).message();
        Matcher otp = ONE_TIME_PASSWORD.matcher(message);
        assertThat(otp.find()).as("the one-time password is shown once: " + message).isTrue();

        MockHttpSession jordan = SignIn.as(mvc, "jblake", otp.group());
        mvc.perform(get("/").session(jordan)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(jordan))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose your own password to continue")));

        mvc.perform(post("/account/password").session(jordan).with(csrf())
                        .param("currentPassword", otp.group()).param("newPassword", "short").param("confirmation", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Use at least 8 characters.")));
        mvc.perform(post("/account/password").session(jordan).with(csrf())
                        .param("currentPassword", otp.group()).param("newPassword", "pipeline-is-king")
                        .param("confirmation", "pipeline-is-king"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(jordan)).andExpect(status().isOk());

        mvc.perform(formLogin("/login").user("jblake").password(otp.group())).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("jblake").password("pipeline-is-king")).andExpect(authenticated().withRoles("CRO"));
    }

    @Test
    void badInputGetsAClearMessageAndAddsNobody() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        int before = people.everyone().size();
        mvc.perform(post("/admin/people").session(admin).with(csrf())
                        .param("name", "Someone").param("email", "not-an-address").param("roles", "CMO"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter an e-mail address such as jane@example.com.")));
        mvc.perform(post("/admin/people").session(admin).with(csrf())
                        .param("name", "Someone").param("email", "someone@brightline.example").param("username", "ceo")
                        .param("roles", "CMO"))
                .andExpect(content().string(containsString("Someone already signs in as ceo.")));
        mvc.perform(post("/admin/people").session(admin).with(csrf())
                        .param("name", "Someone").param("email", "someone@brightline.example"))
                .andExpect(content().string(containsString("Give the person at least one role.")));
        assertThat(people.everyone()).hasSize(before);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        mvc.perform(post("/admin/people").session(admin)
                        .param("name", "Forged").param("email", "forged@brightline.example").param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(people.findBySignInName("forged@brightline.example")).isEmpty();
    }

    @Test
    void theLastActiveAdministratorCanNeitherBeDeactivatedNorLoseTheRole() {
        PersonView admin = people.findBySignInName("admin").orElseThrow();
        assertThat(people.everyone().stream().filter(p -> p.active() && p.hasRole(Role.ADMIN)))
                .as("the demo company has one active administrator, and no test leaves another one active").hasSize(1);

        assertThatThrownBy(() -> people.deactivate(admin.id(), admin.version(), admin.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Alex Kim is the last active administrator and cannot be deactivated");
        assertThatThrownBy(() -> people.update(admin.id(), new PersonDetails(admin.name(), admin.email(), admin.username(),
                        admin.title()), EnumSet.of(Role.CEO), admin.version(), admin.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Alex Kim is the last active administrator and cannot lose the Administrator role");
        assertThat(people.get(admin.id()).active()).isTrue();
        assertThat(people.get(admin.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theLastAdministratorRuleAnswersThePageWithAMessage() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        PersonView alex = people.findBySignInName("admin").orElseThrow();
        MvcResult result = mvc.perform(post("/admin/people/{id}/deactivate", alex.id()).session(admin).with(csrf())
                        .param("version", String.valueOf(alex.version())))
                .andExpect(redirectedUrl("/admin/people/" + alex.id()))
                .andReturn();
        assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("last active administrator");
        assertThat(people.get(alex.id()).active()).isTrue();
    }

    @Test
    void aStaleEditIsRefusedWithWhatTheOtherPersonChanged() throws Exception {
        PersonView dana = people.addIfAbsent(new PersonDetails("Dana Reyes", "dana@brightline.example", "dana",
                "SDR Manager"), EnumSet.of(Role.CMO), "a-good-password");
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        long seenVersion = dana.version();

        // Another administrator renames her title first.
        PersonView alex = people.findBySignInName("admin").orElseThrow();
        people.update(dana.id(), new PersonDetails("Dana Reyes", "dana@brightline.example", "dana", "Director, Demand Gen"),
                EnumSet.of(Role.CMO), seenVersion, alex.id());

        mvc.perform(post("/admin/people/{id}", dana.id()).session(admin).with(csrf())
                        .param("name", "Dana Reyes").param("email", "dana@brightline.example").param("username", "dana")
                        .param("title", "Head of SDRs").param("roles", "CMO").param("version", String.valueOf(seenVersion)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed Dana Reyes while you were editing")))
                .andExpect(content().string(containsString("Director, Demand Gen")))
                .andExpect(content().string(containsString("Head of SDRs")));
        assertThat(people.get(dana.id()).title()).isEqualTo("Director, Demand Gen");
    }

    @Test
    void changingRolesTakesEffect() throws Exception {
        PersonView lee = people.addIfAbsent(new PersonDetails("Lee Park", "lee@brightline.example", "lee", null),
                EnumSet.of(Role.BOARD), "a-good-password");
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        mvc.perform(post("/admin/people/{id}", lee.id()).session(admin).with(csrf())
                        .param("name", "Lee Park").param("email", "lee@brightline.example").param("username", "lee")
                        .param("roles", "BOARD").param("roles", "REVOPS").param("version", String.valueOf(lee.version())))
                .andExpect(redirectedUrl("/admin/people/" + lee.id()));
        mvc.perform(formLogin("/login").user("lee").password("a-good-password"))
                .andExpect(authenticated().withRoles("BOARD", "REVOPS"));
    }

    @Test
    void deactivationEndsTheOpenSessionsOfThatPerson() throws Exception {
        PersonView sam = people.addIfAbsent(new PersonDetails("Sam Ortiz", "sam.ortiz@brightline.example", "sortiz", null),
                EnumSet.of(Role.VP_CS), "a-good-password");
        MockHttpSession samSession = SignIn.as(mvc, "sortiz", "a-good-password");
        mvc.perform(get("/").session(samSession)).andExpect(status().isOk());

        MockHttpSession admin = SignIn.demo(mvc, "admin");
        mvc.perform(post("/admin/people/{id}/deactivate", sam.id()).session(admin).with(csrf())
                .param("version", String.valueOf(sam.version()))).andExpect(status().isFound());

        mvc.perform(get("/").session(samSession)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aResetPasswordIsShownOnceAndMustBeReplaced() throws Exception {
        PersonView kim = people.addIfAbsent(new PersonDetails("Kim Novak", "kim@brightline.example", "knovak", null),
                EnumSet.of(Role.CFO), "a-good-password");
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        MvcResult reset = mvc.perform(post("/admin/people/{id}/reset-password", kim.id()).session(admin).with(csrf()))
                .andExpect(flash().attributeExists(Flash.ATTRIBUTE)).andReturn();
        Matcher otp = ONE_TIME_PASSWORD.matcher(((Flash) reset.getFlashMap().get(Flash.ATTRIBUTE)).message());
        assertThat(otp.find()).isTrue();

        mvc.perform(formLogin("/login").user("knovak").password("a-good-password")).andExpect(unauthenticated());
        MockHttpSession kimSession = SignIn.as(mvc, "knovak", otp.group());
        mvc.perform(get("/admin/people").session(kimSession)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(kimSession)).andExpect(redirectedUrl("/account"));
        assertThat(people.get(kim.id()).mustChangePassword()).isTrue();
    }
}
