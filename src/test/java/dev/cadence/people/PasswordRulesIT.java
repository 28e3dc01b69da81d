package dev.cadence.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The password rules wherever a password is chosen, and BCrypt's 72 bytes at sign-in. */
@CadenceIntegrationTest
class PasswordRulesIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** 42 characters, 72 bytes in UTF-8: as long as a password may be. */
    private static final String SEVENTY_TWO_BYTES = "é".repeat(30) + "passphrase12";

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;

    @Test
    void weakPasswordsAreRefusedOnTheAccountPageWithTheReasonBesideTheField() throws Exception {
        PersonView person = PersonFixture.add(people, "Weak Chooser", Role.BOARD);
        MockHttpSession session = SignIn.as(mvc, person.username(), PersonFixture.PASSWORD);

        change(session, "aaaaaaaa").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("One character repeated")));
        change(session, "Password1").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("one of the most common passwords")));
        change(session, person.username() + "!").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("cannot be your username, e-mail address or name")));
        change(session, "k".repeat(65)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Use at most 64 characters.")));
        change(session, SEVENTY_TWO_BYTES + "3").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at most 72 bytes")));

        change(session, "pipeline coverage at 3x").andExpect(redirectedUrl("/account"));
        mvc.perform(formLogin("/login").user(person.username()).password("pipeline coverage at 3x")).andExpect(authenticated());
    }

    @Test
    void aPasswordWithCharactersAppendedPastBcryptsSeventyTwoBytesDoesNotSignIn() throws Exception {
        String username = "bytes" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 10_000_000;
        people.addIfAbsent(new PersonDetails("Long Passphrase", username + "@brightline.example", username, null),
                EnumSet.of(Role.BOARD), SEVENTY_TWO_BYTES);

        mvc.perform(formLogin("/login").user(username).password(SEVENTY_TWO_BYTES + "anything"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(SEVENTY_TWO_BYTES + "3"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(SEVENTY_TWO_BYTES)).andExpect(authenticated());
    }

    private ResultActions change(MockHttpSession session, String newPassword) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", PersonFixture.PASSWORD).param("newPassword", newPassword)
                .param("confirmation", newPassword));
    }
}
