package dev.cadence.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real sign-in form and hands back the session, as a browser would keep it. */
public final class SignIn {

    private SignIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null || result.getResponse().getRedirectedUrl() == null
                || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new AssertionError(username + " could not sign in: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }

    public static MockHttpSession demo(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, "demo");
    }
}
