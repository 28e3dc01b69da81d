package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.Race;
import dev.cadence.support.Race.Outcome;
import dev.cadence.support.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Two saves of the same person at the same moment: one is saved, the other sees what changed. */
@CadenceIntegrationTest
class PeopleConcurrencyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonService people;

    @Test
    void twoEditsOfOnePersonAtOnceSaveOneAndShowTheOtherWhatChangedKeepingTheirInput() throws Exception {
        PersonView dana = PersonFixture.add(people, "Dana Race", Role.CMO);
        // The demo's administrator in two browsers (a second administrator would outlive the test: the demo has one).
        MockHttpSession first = SignIn.demo(mvc, "admin");
        MockHttpSession second = SignIn.demo(mvc, "admin");

        List<Outcome> outcomes = Race.requests(mvc, "person",
                edit(first, dana, "Head of Demand Gen"), edit(second, dana, "Director, Field Marketing"));

        Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        PersonView stored = people.get(dana.id());
        assertThat(stored.version()).as("one change, one new version").isEqualTo(dana.version() + 1);
        String mine = stored.title().equals("Head of Demand Gen") ? "Director, Field Marketing" : "Head of Demand Gen";
        assertThat(refused.body()).contains("Someone else changed Dana Race while you were editing")
                .contains(stored.title()).as("the refused administrator's input is kept").contains(mine);
    }

    private RequestBuilder edit(MockHttpSession session, PersonView person, String title) {
        return post("/admin/people/{id}", person.id()).session(session).with(csrf())
                .param("name", person.name()).param("email", person.email()).param("username", person.username())
                .param("title", title).param("roles", "CMO").param("version", String.valueOf(person.version()));
    }
}
