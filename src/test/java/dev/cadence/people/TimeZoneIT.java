package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.cadence.company.CompanyService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.Flash;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One clock: "today" is the company's (the demo's New York), and every time a page shows is in the reader's zone —
 * the one they chose on /account, otherwise the company's — and says which.
 */
@CadenceIntegrationTest
class TimeZoneIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void todayIsTheCompanysWhateverTheServersZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(company.profile().timeZone()).isEqualTo(newYork);
        assertThat(clock.getZone()).isEqualTo(newYork);
        // Monday 03:00 in London and UTC is still Sunday evening in New York: the week has not begun there.
        try (var at = clock.at(Instant.parse("2026-12-07T03:00:00Z"))) {
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 6));
        }
    }

    @Test
    void timesAreShownInTheReadersChosenZoneOrTheCompanysAndSayWhich() throws Exception {
        // An administrator of its own (the people page shows sign-in times), deactivated at the end: other tests count on
        // the demo's one active administrator.
        PersonView admin = PersonFixture.add(people, "Zoe Zones", Role.ADMIN);
        try {
            readsTimesInItsZone(admin);
        } finally {
            jdbc.update("update person set active = false, deactivated_at = now() where id = ?", admin.id());
        }
    }

    private void readsTimesInItsZone(PersonView admin) throws Exception {
        MockHttpSession session = SignIn.as(mvc, admin.username(), PersonFixture.PASSWORD);
        Instant signedIn = jdbc.queryForObject("select last_sign_in_at from person where id = ?", Timestamp.class, admin.id()).toInstant();

        assertThat(page(session, "/admin/people")).contains(SHOWN.format(signedIn.atZone(ZoneId.of("America/New_York"))));
        assertThat(page(session, "/account")).contains("The company’s (America/New_York)");

        MvcResult chosen = mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("timeZone", "Europe/London")).andReturn();
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(((Flash) chosen.getFlashMap().get(Flash.ATTRIBUTE)).message()).isEqualTo("Times now read in Europe/London.");
        assertThat(page(session, "/admin/people")).contains(SHOWN.format(signedIn.atZone(ZoneId.of("Europe/London"))));
        assertThat(page(session, "/account")).contains("<option value=\"Europe/London\" selected=\"selected\">");
        // The choice is the person's: kept, and read again at their next sign-in.
        assertThat(zoneOf(admin)).isEqualTo("Europe/London");
        MockHttpSession again = SignIn.as(mvc, admin.username(), PersonFixture.PASSWORD);
        Instant latest = jdbc.queryForObject("select last_sign_in_at from person where id = ?", Timestamp.class, admin.id()).toInstant();
        assertThat(page(again, "/admin/people")).contains(SHOWN.format(latest.atZone(ZoneId.of("Europe/London"))));

        // A zone that does not exist is refused with a message and changes nothing.
        MvcResult refused = mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("timeZone", "Mars/Olympus")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(((Flash) refused.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("There is no time zone called Mars/Olympus");
        assertThat(zoneOf(admin)).isEqualTo("Europe/London");

        // Blank: the company's again.
        MvcResult reset = mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("timeZone", "")).andReturn();
        assertThat(((Flash) reset.getFlashMap().get(Flash.ATTRIBUTE)).message())
                .isEqualTo("Times now read in the company's time zone, America/New_York.");
        assertThat(zoneOf(admin)).isNull();
        assertThat(page(session, "/admin/people")).contains(SHOWN.format(signedIn.atZone(ZoneId.of("America/New_York"))));
    }

    @Test
    void aBoardMemberChoosesTheirZoneTooThoughTheyChangeNothingElse() throws Exception {
        PersonView board = PersonFixture.add(people, "Bea Board", Role.BOARD);
        MockHttpSession session = SignIn.as(mvc, board.username(), PersonFixture.PASSWORD);
        MvcResult chosen = mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("timeZone", "Asia/Singapore")).andReturn();
        assertThat(chosen.getResponse().getStatus()).isEqualTo(302);
        assertThat(zoneOf(board)).isEqualTo("Asia/Singapore");
    }

    private String zoneOf(PersonView person) {
        return jdbc.queryForObject("select time_zone from person where id = ?", String.class, person.id());
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }
}
