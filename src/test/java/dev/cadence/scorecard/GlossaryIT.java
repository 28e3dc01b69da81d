package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@CadenceIntegrationTest
class GlossaryIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    GlossaryService glossary;
    @Autowired
    PersonService people;

    @Test
    void theDemoGlossaryHasTwelveSharedTermsAndOneProposalWaiting() throws Exception {
        assertThat(glossary.all()).extracting(TermView::key)
                .contains("pipeline", "qualified-opportunity", "committed", "churn-risk", "mql", "sql", "speed-to-lead-sla");
        assertThat(glossary.all().size()).isGreaterThanOrEqualTo(12);
        assertThat(glossary.pendingProposals()).anySatisfy(p -> assertThat(p.metricKey()).isEqualTo("committed"));
        mvc.perform(get("/glossary").session(SignIn.demo(mvc, "board")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Speed-to-lead SLA")));
    }

    @Test
    void termsAreGovernedLikeMetricsWithHistoryProposalsAndStaleEdits() throws Exception {
        CadenceUser revops = people.principalOf("revops");
        String key = "test-term-" + System.nanoTime() % 1_000_000;
        TermView term = glossary.create(key, new TermSpec("Closed-won", "Order form signed by both parties.", null),
                GovernanceStatus.APPROVED, revops);

        MockHttpSession cmo = SignIn.demo(mvc, "cmo");
        mvc.perform(post("/glossary/" + key).session(cmo).with(csrf()).param("term", "X").param("definition", "Y")
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/glossary/" + key + "/proposals").session(cmo).with(csrf()).param("term", "Closed-won")
                        .param("definition", "Order form signed by both parties and countersigned by Finance.")
                        .param("rationale", "Finance books on countersignature."))
                .andExpect(redirectedUrl("/glossary/" + key));
        ProposalView proposal = glossary.proposals(key).get(0);
        mvc.perform(post("/glossary/proposals/" + proposal.id() + "/approve").session(SignIn.demo(mvc, "revops"))
                .with(csrf()).param("term", key)).andExpect(redirectedUrl("/glossary/" + key));
        assertThat(glossary.get(key).definition()).endsWith("countersigned by Finance.");
        assertThat(glossary.history(key)).hasSize(2).last().satisfies(set -> {
            assertThat(set.author()).isEqualTo("Sam Whitaker");
            assertThat(set.changes()).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("Definition"));
        });

        assertThatThrownBy(() -> glossary.update(key, new TermSpec("Closed won", "Anything", null), term.version(), revops))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Sam Whitaker changed Definition from \"Order form signed by both parties.\"");
        mvc.perform(get("/glossary/" + key + "/propose").session(SignIn.demo(mvc, "board"))).andExpect(status().isForbidden());
    }
}
