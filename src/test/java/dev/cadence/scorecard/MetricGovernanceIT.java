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

import dev.cadence.history.ChangeSet;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CadenceIntegrationTest
class MetricGovernanceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;

    @Test
    void revOpsDefinesAMetricAndEveryEditIsARevisionWithItsAuthor() throws Exception {
        String key = uniqueKey();
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        mvc.perform(withDefinition(post("/metrics"), key, "Logo retention", "Share of logos renewed")
                        .session(revops).with(csrf()).param("status", "PROPOSED"))
                .andExpect(redirectedUrl("/metrics/" + key));
        MetricView created = definitions.get(key);
        assertThat(created.status()).isEqualTo(GovernanceStatus.PROPOSED);

        mvc.perform(withDefinition(post("/metrics/" + key), key, "Gross logo retention", "Share of logos renewed")
                        .session(revops).with(csrf()).param("version", String.valueOf(created.version())))
                .andExpect(redirectedUrl("/metrics/" + key));

        List<ChangeSet> history = definitions.history(key);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).kind()).isEqualTo("created");
        assertThat(history.get(1).author()).isEqualTo("Sam Whitaker");
        assertThat(history.get(1).changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("Name");
            assertThat(change.from()).isEqualTo("Logo retention");
            assertThat(change.to()).isEqualTo("Gross logo retention");
        });
        mvc.perform(get("/metrics/" + key).session(revops))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gross logo retention")))
                .andExpect(content().string(containsString("Sam Whitaker")));
    }

    @Test
    void onlyRevOpsAndAdministratorsEditDefinitions() throws Exception {
        for (String username : new String[] {"ceo", "cro", "cmo", "cfo", "vpcs", "board"}) {
            MockHttpSession session = SignIn.demo(mvc, username);
            mvc.perform(get("/metrics/new").session(session)).andExpect(status().isForbidden());
            mvc.perform(withDefinition(post("/metrics"), uniqueKey(), "Sneaky", "Not allowed").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/metrics/win-rate/edit").session(session)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/metrics/new").session(SignIn.demo(mvc, "admin"))).andExpect(status().isOk());
    }

    @Test
    void aStaleEditIsRefusedWithWhatTheOtherPersonChanged() throws Exception {
        String key = uniqueKey();
        CadenceUser revops = people.principalOf("revops");
        MetricView metric = definitions.create(key, spec("Expansion pipeline", "Open expansion opportunities"),
                GovernanceStatus.DRAFT, revops);
        CadenceUser admin = people.principalOf("admin");
        AsPerson.run(admin, () -> definitions.update(key, spec("Expansion pipeline (open)", "Open expansion opportunities"),
                metric.version(), admin));

        MockHttpSession session = SignIn.demo(mvc, "revops");
        mvc.perform(withDefinition(post("/metrics/" + key), key, "Upsell pipeline", "Open expansion opportunities")
                        .session(session).with(csrf()).param("version", String.valueOf(metric.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone saved this definition while you were editing")))
                .andExpect(content().string(containsString("Alex Kim changed Name from")))
                .andExpect(content().string(containsString("Expansion pipeline (open)")))
                .andExpect(content().string(containsString("Upsell pipeline")));
        assertThat(definitions.get(key).name()).isEqualTo("Expansion pipeline (open)");
        assertThatThrownBy(() -> definitions.update(key, spec("X", "Y"), metric.version(), revops))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aProposalWaitsOnTheDefinitionUntilRevOpsApprovesIt() throws Exception {
        String key = uniqueKey();
        CadenceUser revops = people.principalOf("revops");
        definitions.create(key, spec("Qualified pipeline", "Stage 2+ pipeline"), GovernanceStatus.DRAFT, revops);

        MockHttpSession cmo = SignIn.demo(mvc, "cmo");
        mvc.perform(withDefinition(post("/metrics/" + key + "/proposals"), key, "Qualified pipeline",
                        "Stage 2+ pipeline, excluding partner-sourced deals").session(cmo).with(csrf())
                        .param("rationale", "Partner deals are counted twice."))
                .andExpect(redirectedUrl("/metrics/" + key));
        assertThat(definitions.get(key).definition()).as("a proposal changes nothing yet").isEqualTo("Stage 2+ pipeline");
        ProposalView proposal = definitions.proposals(key).get(0);
        assertThat(proposal.pending()).isTrue();
        assertThat(proposal.changes()).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("Definition"));
        mvc.perform(get("/metrics/" + key).session(cmo))
                .andExpect(content().string(containsString("Partner deals are counted twice.")))
                .andExpect(content().string(containsString("excluding partner-sourced deals")));

        mvc.perform(post("/metrics/proposals/" + proposal.id() + "/approve").session(cmo).with(csrf()).param("metric", key))
                .andExpect(status().isForbidden());

        MockHttpSession revopsSession = SignIn.demo(mvc, "revops");
        mvc.perform(post("/metrics/proposals/" + proposal.id() + "/approve").session(revopsSession).with(csrf())
                        .param("metric", key).param("comment", "Agreed at the GTM council."))
                .andExpect(redirectedUrl("/metrics/" + key));
        assertThat(definitions.get(key).definition()).isEqualTo("Stage 2+ pipeline, excluding partner-sourced deals");
        assertThat(definitions.proposals(key).get(0).state()).isEqualTo("APPROVED");
        assertThat(definitions.history(key)).last().satisfies(set -> assertThat(set.author()).isEqualTo("Sam Whitaker"));
    }

    @Test
    void aRejectionNeedsACommentAndTheBoardCannotPropose() throws Exception {
        String key = uniqueKey();
        CadenceUser revops = people.principalOf("revops");
        definitions.create(key, spec("Renewal rate", "Renewed ARR share"), GovernanceStatus.DRAFT, revops);
        ProposalView proposal = definitions.propose(key, spec("Renewal rate", "Renewed ARR share, at list price"),
                "List price matters", people.principalOf("cfo"));

        assertThatThrownBy(() -> definitions.reject(proposal.id(), " ", revops))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Say why");
        definitions.reject(proposal.id(), "Discounts are tracked in ASP.", revops);
        assertThat(definitions.proposals(key).get(0).decisionComment()).isEqualTo("Discounts are tracked in ASP.");

        assertThatThrownBy(() -> definitions.propose(key, spec("Renewal rate", "Anything"), "why",
                people.principalOf("board"))).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/metrics/" + key + "/propose").session(SignIn.demo(mvc, "board"))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> definitions.propose(key, spec("Renewal rate", "Renewed ARR share"), "no change",
                people.principalOf("cfo"))).isInstanceOf(RuleViolationException.class).hasMessageContaining("changes nothing");
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        MockHttpSession revops = SignIn.demo(mvc, "revops");
        int before = definitions.all().size();
        mvc.perform(withDefinition(post("/metrics"), "Not A Key!", "Name", "Definition").session(revops).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A key is 1 to 60 lowercase letters")));
        mvc.perform(withDefinition(post("/metrics"), uniqueKey(), "Name", "Definition").session(revops).with(csrf())
                        .param("atRiskBandPercent", "lots"))
                .andExpect(content().string(containsString("&quot;lots&quot; is not a number. Use digits, e.g. 3.2 or 41.5.")));
        mvc.perform(withDefinition(post("/metrics"), "win-rate", "Name", "Definition").session(revops).with(csrf()))
                .andExpect(content().string(containsString("A metric with the key win-rate exists already.")));
        assertThat(definitions.all()).hasSize(before);
    }

    private MetricSpec spec(String name, String definition) {
        return new MetricSpec(name, definition, "Count ÷ total", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LEADING, "Pipeline", false,
                BigDecimal.TEN, "Salesforce", 500);
    }

    private MockHttpServletRequestBuilder withDefinition(MockHttpServletRequestBuilder request, String key, String name,
                                                         String definition) {
        return request.param("key", key).param("name", name).param("definition", definition)
                .param("calculation", "Count ÷ total").param("unit", "PERCENT").param("direction", "HIGHER_IS_BETTER")
                .param("cadence", "WEEKLY").param("ownerId", String.valueOf(people.principalOf("cro").personId()))
                .param("indicator", "LEADING").param("lever", "Pipeline").param("dataSource", "Salesforce")
                .param("displayOrder", "500");
    }

    private static String uniqueKey() {
        return "test-metric-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }
}
