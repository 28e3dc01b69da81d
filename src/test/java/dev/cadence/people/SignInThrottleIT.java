package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.web.ApplicationClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Repeated failed sign-ins make further attempts wait, per account and per address, for a while that
 * doubles and ends, the same for a name nobody has. Each test signs in as its own people (board members:
 * they add no column to the decision-rights map other tests read) from its own address (documentation
 * addresses, never reached: MockMvc only sets them), and moves the application's clock instead of sleeping.
 */
@CadenceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    ApplicationClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsUntilTheBackOffEndsAndASuccessForgetsThem(CapturedOutput log) throws Exception {
        PersonView person = PersonFixture.add(people, "Throttled Person", Role.BOARD);
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(0, person.username(), "wrong-password-" + i, address)).isEqualTo("/login?error");
        }
        assertThat(signIn(0, person.username(), PersonFixture.PASSWORD, address)).isEqualTo("/login?throttled=1");
        assertThat(signIn(59, person.username(), PersonFixture.PASSWORD, address)).isEqualTo("/login?throttled=1");
        mvc.perform(get("/login").param("throttled", "1"))
                .andExpect(content().string(containsString("Too many failed sign-ins. Try again in 1 minute.")));

        assertThat(signIn(60, person.username(), PersonFixture.PASSWORD, address)).as("the back-off ended").isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(61, person.username(), "wrong-again-" + i, address)).isEqualTo("/login?error");
        }
        assertThat(signIn(61, person.username(), PersonFixture.PASSWORD, address))
                .as("the success forgot the five failures before it").isEqualTo("/");

        assertThat(log.getOut()).contains("Too many failed sign-ins for \"" + person.username() + "\" (last from " + address
                + "): its next sign-in waits 1 min.").doesNotContain("wrong-password-");
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() throws Exception {
        PersonView person = PersonFixture.add(people, "Doubling Person", Role.BOARD);
        String address = newAddress();
        long at = 0;
        for (int i = 0; i < 5; i++) {
            signIn(at, person.username(), "wrong-" + i, address);
        }
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String refused = signIn(at, person.username(), PersonFixture.PASSWORD, address);
            waits.add(refused);
            long minutes = Long.parseLong(refused.substring(refused.indexOf('=') + 1));
            at += minutes * 60;
            assertThat(signIn(at, person.username(), "still-wrong-" + i, address)).isEqualTo("/login?error");
        }
        assertThat(waits).containsExactly("/login?throttled=1", "/login?throttled=2", "/login?throttled=4",
                "/login?throttled=8", "/login?throttled=15", "/login?throttled=15");
        assertThat(signIn(at + 14 * 60, person.username(), PersonFixture.PASSWORD, address)).isEqualTo("/login?throttled=1");
        assertThat(signIn(at + 15 * 60, person.username(), PersonFixture.PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void aNameNobodyHasIsThrottledExactlyLikeAPersonsName() throws Exception {
        PersonView person = PersonFixture.add(people, "Known Name", Role.BOARD);
        String unknown = "nobody-" + person.username();
        String address = newAddress();
        List<String> known = new ArrayList<>();
        List<String> nobody = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(signIn(0, person.username(), "wrong-" + i, address));
            nobody.add(signIn(0, unknown, "wrong-" + i, address));
        }
        assertThat(nobody).isEqualTo(known).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
                "/login?error", "/login?throttled=1", "/login?throttled=1");
    }

    @Test
    void manyNamesFromOneAddressMakeThatAddressWaitButNotOthers() throws Exception {
        PersonView person = PersonFixture.add(people, "Shared Office", Role.BOARD);
        String address = newAddress();
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            assertThat(signIn(0, "sprayed-" + i + "-" + person.username(), "Winter2026!", address)).isEqualTo("/login?error");
        }
        assertThat(signIn(0, person.username(), PersonFixture.PASSWORD, address)).isEqualTo("/login?throttled=1");
        assertThat(signIn(0, person.username(), PersonFixture.PASSWORD, newAddress())).isEqualTo("/");
        assertThat(signIn(60, person.username(), PersonFixture.PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void failuresFarApartNeverAddUpAndForgottenCountersAreDeleted() throws Exception {
        PersonView person = PersonFixture.add(people, "Occasional Typo", Role.BOARD);
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            signIn(0, person.username(), "typo-" + i, address);
        }
        long later = Duration.ofMinutes(16).toSeconds();
        for (int i = 0; i < 4; i++) {
            signIn(later, person.username(), "typo-later-" + i, address);
        }
        assertThat(signIn(later, person.username(), PersonFixture.PASSWORD, address))
                .as("four failures, then four more 16 minutes later, are not five in a row").isEqualTo("/");
        assertThat(rowsFor(address)).isOne();

        signIn(later + Duration.ofHours(3).toSeconds(), "someone-else-" + person.username(), "x", newAddress());
        assertThat(rowsFor(address)).as("forgotten 15 minutes after the last failure, then deleted").isZero();
    }

    /** Signs in at {@code seconds} after the test's start, from the address; where the browser is sent next. */
    private String signIn(long seconds, String username, String password, String address) throws Exception {
        try (var at = clock.at(start.plusSeconds(seconds))) {
            MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })).andReturn();
            return result.getResponse().getRedirectedUrl();
        }
    }

    private long rowsFor(String address) {
        return jdbc.queryForObject("select count(*) from sign_in_failure where scope = 'ADDRESS' and subject = ?", Long.class,
                address);
    }

    /** An address of the test's own (2001:db8::/32 is for documentation; nothing is sent to it). */
    private static String newAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":" + Long.toHexString(System.nanoTime() % 0xffff);
    }
}
