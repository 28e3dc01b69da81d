package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions are rows in PostgreSQL (Spring Session JDBC): what a session holds must be serializable,
 * what cannot be read back after a deploy must not break the session's requests, a session that ended
 * (timed out, or ended by an administrator) ends cleanly for htmx and the API alike, and the store costs
 * every signed-in request the same few statements. Two nodes and a restart: {@code TwoNodesIT}.
 */
@CadenceIntegrationTest
class SessionStoreIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsOfOneSessionThatAddTheSameAttributeBothSaveIt() {
        // As two pages opened at once right after signing in: each read the session before the other added the token.
        SessionRepository<Session> sessions = (SessionRepository) this.sessions;
        Session session = sessions.createSession();
        sessions.save(session);
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());
        first.setAttribute("token", "from the first page");
        second.setAttribute("token", "from the second page");
        sessions.save(first);
        sessions.save(second);
        assertThat((String) sessions.findById(session.getId()).getAttribute("token")).isEqualTo("from the second page");
    }

    @Test
    void aSignedInSessionIsARowUnderItsPersonsUsername() throws Exception {
        PersonView robin = PersonFixture.add(people, "Robin Store", Role.CFO);
        SignIn.as(mvc, robin.username(), PersonFixture.PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                robin.username())).isEqualTo(1);
    }

    @Test
    void aMessageShownAfterARedirectWaitsInTheStoredSession() throws Exception {
        PersonView kai = PersonFixture.add(people, "Kai Flash", Role.CMO);
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        String next = mvc.perform(post("/admin/people/{id}/reset-password", kai.id()).session(admin).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(next).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give Kai Flash the one-time password")));
    }

    @Test
    void aNewApiTokenIsShownAfterTheRedirect() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        String next = mvc.perform(post("/settings/api-tokens").session(revops).with(csrf())
                        .param("name", "Session store check " + System.nanoTime()).param("scope", "READ"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(next).session(revops))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cad_")));
    }

    /** As after a deploy that removed or changed a class a session held: the person signs in again, no 500. */
    @Test
    void anAttributeThatCannotBeReadBackSignsThePersonOutInsteadOfFailing() throws Exception {
        PersonView ada = PersonFixture.add(people, "Ada Deploy", Role.VP_CS);
        MockHttpSession session = SignIn.as(mvc, ada.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        int changed = jdbc.update("""
                update spring_session_attributes set attribute_bytes = ?
                where attribute_name = 'SPRING_SECURITY_CONTEXT'
                  and session_primary_id in (select primary_id from spring_session where principal_name = ?)""",
                ofAClassThatNoLongerExists(), ada.username());
        assertThat(changed).isEqualTo(1);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").session(SignIn.as(mvc, ada.username(), PersonFixture.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anHtmxRequestWhoseSessionTimedOutRefreshesThePage() throws Exception {
        PersonView sol = PersonFixture.add(people, "Sol Timeout", Role.CRO);
        MockHttpSession session = SignIn.as(mvc, sol.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        // What the clean-up job does once a session has been idle for longer than the timeout.
        jdbc.update("delete from spring_session where principal_name = ?", sol.username());

        mvc.perform(get("/").session(session).header("HX-Request", "true"))
                .andExpect(header().string("HX-Refresh", "true"));
    }

    @Test
    void anHtmxRequestWhoseSessionWasEndedGoesToTheSignInPageThatSaysWhy() throws Exception {
        MockHttpSession session = signedInThenDeactivated("Noa Ended", "/");

        // Not the sign-in page swapped into a fragment of the page.
        mvc.perform(get("/").session(session).header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
    }

    @Test
    void aSessionThatWasEndedReadsNoMoreThroughTheApi() throws Exception {
        MockHttpSession session = signedInThenDeactivated("Eli Api", "/api/v1/me");

        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aBearerTokenRequestKeepsNoSession() throws Exception {
        long before = jdbc.queryForObject("select count(*) from spring_session where principal_name = 'revops'", Long.class);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getCookie(SignIn.SESSION_COOKIE)).isNull());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'revops'", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aSignedInRequestReadsTheSessionOnceAndWritesItsLastAccessAtMostOnceAMinute() throws Exception {
        PersonView person = PersonFixture.add(people, "Session Clock", Role.CFO);
        MockHttpSession session = SignIn.as(mvc, person.username(), PersonFixture.PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        // Spring Session reads the session by its indexed id. Spring Security's check that it was not ended (by a
        // deactivation on any node) and committing it twice (when the response is committed and when the request ends)
        // read nothing more (SessionsOfRequest), and a last access less than a minute old stays.
        List<String> statements = SqlStatements.sessionStoreDuring(() -> mvc.perform(get("/").session(session))
                .andExpect(status().isOk()));
        assertThat(statements).as("the session store's statements").hasSize(1);
        assertThat(statements.get(0)).startsWith("SELECT");
        assertThat(SqlStatements.during(() -> mvc.perform(get("/").session(session))))
                .as("what a page's budget counts").noneMatch(sql -> sql.contains("SPRING_SESSION"));

        // A minute later, the next request moves it (and with it when the session expires).
        long minuteAgo = System.currentTimeMillis() - SessionsOfRequest.LAST_ACCESS_PRECISION.toMillis() - 1_000;
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint"
                + " where principal_name = ?", minuteAgo, minuteAgo, person.username());
        List<String> aMinuteLater = SqlStatements.sessionStoreDuring(() -> mvc.perform(get("/").session(session))
                .andExpect(status().isOk()));
        assertThat(aMinuteLater).as("the session store's statements a minute later").hasSize(2);
        assertThat(aMinuteLater.get(1)).startsWith("UPDATE");
        assertThat(jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
                Long.class, person.username())).isGreaterThan(minuteAgo + 60_000);
    }

    /** A person of the test's own signs in and reads {@code page}; then an administrator deactivates them. */
    private MockHttpSession signedInThenDeactivated(String name, String page) throws Exception {
        PersonView person = PersonFixture.add(people, name, Role.CFO);
        MockHttpSession session = SignIn.as(mvc, person.username(), PersonFixture.PASSWORD);
        mvc.perform(get(page).session(session)).andExpect(status().isOk());
        people.deactivate(person.id(), people.get(person.id()).version(), people.principalOf("admin").personId());
        return session;
    }

    private record Retired(String what) implements Serializable {
    }

    /** A serialized {@code Retired}, renamed to a class of the same length that does not exist. */
    private static byte[] ofAClassThatNoLongerExists() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Retired("kept before a deploy"));
        }
        String latin1 = bytes.toString(StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains("$Retired");
        return latin1.replace("$Retired", "$Removed").getBytes(StandardCharsets.ISO_8859_1);
    }
}
