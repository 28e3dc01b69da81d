package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.EmailPreferences;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Everyone chooses on {@code /account} which e-mails they receive; two saves at once are one save and one clear refusal. */
@CadenceIntegrationTest
class EmailPreferencesIT {

    @Autowired
    PersonService people;
    @Autowired
    EmailPreferenceService preferences;
    @Autowired
    MockMvc mvc;

    @Test
    void bothAreOnUntilThePersonChoosesAndTheirChoiceIsKept() throws Exception {
        PersonView lee = PersonFixture.add(people, "Lee Prefs", Role.VP_CS);
        MockHttpSession session = SignIn.as(mvc, lee.username(), PersonFixture.PASSWORD);
        assertThat(preferences.of(lee.id())).isEqualTo(new EmailPreferences(lee.id(), true, true, 0));
        String account = mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(account).contains("Meeting recaps", "Daily digest of my action items", "Save e-mail preferences",
                "Cadence writes to " + lee.email());

        MvcResult saved = mvc.perform(post("/account/email").session(session).with(csrf())
                .param("recaps", "false").param("digest", "true").param("version", "0")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(((Flash) saved.getFlashMap().get(Flash.ATTRIBUTE)).message())
                .isEqualTo("E-mail preferences saved: recap e-mails off, daily digest on.");
        EmailPreferences now = preferences.of(lee.id());
        assertThat(now.recaps()).isFalse();
        assertThat(now.digest()).isTrue();
        assertThat(preferences.of(List.of(lee.id())).get(lee.id())).isEqualTo(now);

        // An unticked box sends nothing: both off.
        mvc.perform(post("/account/email").session(session).with(csrf()).param("version", String.valueOf(now.version())));
        assertThat(preferences.of(lee.id())).extracting(EmailPreferences::recaps, EmailPreferences::digest).containsExactly(false, false);
    }

    @Test
    void aStaleSaveIsRefusedWithWhatIsStoredNowAndTwoSavesAtOnceAreOneSave() throws Exception {
        PersonView lee = PersonFixture.add(people, "Lee Stale", Role.VP_CS);
        MockHttpSession session = SignIn.as(mvc, lee.username(), PersonFixture.PASSWORD);

        List<Race.Outcome> outcomes = Race.requests(mvc, "email_preference",
                post("/account/email").session(session).with(csrf()).param("recaps", "false").param("digest", "true").param("version", "0"),
                post("/account/email").session(session).with(csrf()).param("recaps", "true").param("digest", "false").param("version", "0"));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("Your e-mail preferences were changed meanwhile", "Nothing was saved");
        EmailPreferences stored = preferences.of(lee.id());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(refused.body()).contains("now " + (stored.recaps() ? "recap e-mails on" : "recap e-mails off"));
        // The refused form goes against the stored version now: saving it again replaces the other choice, knowingly.
        assertThat(refused.body()).contains("name=\"version\" value=\"1\"");
    }
}
