package dev.cadence.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real sign-in form and hands back the session, as a browser would keep it:
 * sessions live in the database (Spring Session), found by their cookie, so the session handed back
 * carries that cookie, and {@link SessionCookies} sends it with every request given this session.
 */
public final class SignIn {

    /** Spring Session's cookie (its default name). */
    public static final String SESSION_COOKIE = "SESSION";

    private SignIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
        if (cookie == null || result.getResponse().getRedirectedUrl() == null
                || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new AssertionError(username + " could not sign in: " + result.getResponse().getRedirectedUrl());
        }
        return new SignedInSession(cookie);
    }

    public static MockHttpSession demo(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, "demo");
    }

    /** A signed-in session as MockMvc passes it around: the handle of the session cookie. */
    static final class SignedInSession extends MockHttpSession {

        private final Cookie cookie;

        SignedInSession(Cookie cookie) {
            this.cookie = cookie;
        }

        Cookie cookie() {
            return cookie;
        }
    }
}
