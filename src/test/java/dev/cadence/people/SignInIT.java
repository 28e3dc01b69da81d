package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@CadenceIntegrationTest
class SignInIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;

    @Test
    void anAnonymousRequestIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/people")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInPageIsServedToEveryone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Brightline Software")));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("ceo").password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void anUnknownPersonIsRefusedWithTheSameMessage() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password("demo"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void aDemoUserReachesHome() throws Exception {
        mvc.perform(formLogin("/login").user("ceo").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withRoles("CEO"));
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This week, Maya")));
    }

    @Test
    void theEmailAddressSignsInToo() throws Exception {
        mvc.perform(formLogin("/login").user("CRO@brightline.example").password("demo"))
                .andExpect(authenticated().withRoles("CRO"));
    }

    @Test
    void aBoardMemberGets403OnAdministration() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/admin/people").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people/new").session(board)).andExpect(status().isForbidden());
    }

    @Test
    void everyRoleButAdminGets403OnAdministration() throws Exception {
        for (String username : new String[] {"ceo", "cro", "cmo", "cfo", "vpcs", "revops", "board"}) {
            mvc.perform(get("/admin/people").session(SignIn.demo(mvc, username)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/people").session(SignIn.demo(mvc, "admin"))).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedPersonCannotSignIn() throws Exception {
        PersonView leaver = people.addIfAbsent(new PersonDetails("Leaving Person", "leaver@brightline.example",
                "leaver", "Account Executive"), EnumSet.of(Role.CRO), "a-good-password");
        mvc.perform(formLogin("/login").user("leaver").password("a-good-password")).andExpect(authenticated());

        PersonView admin = people.findBySignInName("admin").orElseThrow();
        people.deactivate(leaver.id(), leaver.version(), admin.id());

        mvc.perform(formLogin("/login").user("leaver").password("a-good-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(people.get(leaver.id()).name()).as("everything they did keeps their name").isEqualTo("Leaving Person");
    }

    @Test
    void anHtmxRequestWithoutSessionRefreshesThePageInsteadOfSwappingTheSignInForm() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true"))
                .andExpect(header().string("HX-Refresh", "true"));
    }
}
