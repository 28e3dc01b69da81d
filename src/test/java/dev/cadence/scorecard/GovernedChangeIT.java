package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.governance.Proposals;
import dev.cadence.governance.SubjectKind;
import dev.cadence.history.ChangeSet;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Metric definitions and glossary terms go through the one governed-change mechanism
 * ({@link Proposals}): the same routes' behaviour, the same rules, the same table.
 */
@CadenceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernedChangeIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    GlossaryService glossary;
    @Autowired
    Proposals proposals;
    @Autowired
    PersonService people;

    /**
     * One governed feature as this test drives it: its pages, its kind, and its subject's meaning (a
     * definition's or a term's "definition").
     *
     * @param create    creates a subject with this meaning; its key
     * @param propose   the form that proposes the subject (key) with a new meaning, without its rationale
     * @param rename    RevOps edits the subject's (key) name directly
     */
    record Governed(String base, String param, SubjectKind kind, Function<String, String> create,
                    BiFunction<String, String, MockHttpServletRequestBuilder> propose, Function<String, String> meaning,
                    Function<String, List<ChangeSet>> history, Function<String, List<ProposalView>> proposals,
                    BiConsumer<String, String> rename) {
    }

    Stream<Governed> features() {
        return Stream.of(metrics(), terms());
    }

    @ParameterizedTest
    @MethodSource("features")
    void aProposalWaitsAndApprovingAppliesItWithItsHistory(Governed g) throws Exception {
        String key = g.create().apply("Counted at signature");
        long waiting = proposals.pendingCount(g.kind());

        MockHttpSession cmo = SignIn.demo(mvc, "cmo");
        ProposalView proposal = propose(g, key, "Counted at countersignature", "Finance books on countersignature.", cmo);
        assertThat(g.meaning().apply(key)).as("a proposal changes nothing yet").isEqualTo("Counted at signature");
        assertThat(proposals.pendingCount(g.kind())).isEqualTo(waiting + 1);
        assertThat(proposal.pending()).isTrue();
        assertThat(proposal.subjectChangedSince()).isFalse();
        assertThat(proposal.proposedBy()).isEqualTo("Priya Raman");
        assertThat(proposal.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("Definition");
            assertThat(c.from()).isEqualTo("Counted at signature");
            assertThat(c.to()).isEqualTo("Counted at countersignature");
        });
        int revisions = g.history().apply(key).size();

        MockHttpSession revops = SignIn.demo(mvc, "revops");
        Governed other = g.base().equals("/metrics") ? terms() : metrics();
        mvc.perform(post(other.base() + "/proposals/" + proposal.id() + "/approve").param(other.param(), key)
                        .session(revops).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(g.base() + "/proposals/" + proposal.id() + "/approve").param(g.param(), key)
                        .session(cmo).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(g.proposals().apply(key).get(0).pending()).as("neither another kind's route nor a proposer approves")
                .isTrue();

        mvc.perform(post(g.base() + "/proposals/" + proposal.id() + "/approve").param(g.param(), key)
                        .param("comment", "Agreed at the GTM council.").session(revops).with(csrf()))
                .andExpect(redirectedUrl(g.base() + "/" + key))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", g.base().equals("/metrics")
                        ? "Approved: the definition now reads as proposed, and its history shows the change."
                        : "Approved: the term now reads as proposed.")));
        assertThat(g.meaning().apply(key)).isEqualTo("Counted at countersignature");
        assertThat(proposals.pendingCount(g.kind())).isEqualTo(waiting);
        ProposalView approved = g.proposals().apply(key).get(0);
        assertThat(approved.state()).isEqualTo("APPROVED");
        assertThat(approved.decidedBy()).isEqualTo("Sam Whitaker");
        assertThat(approved.decisionComment()).isEqualTo("Agreed at the GTM council.");
        assertThat(g.history().apply(key)).hasSize(revisions + 1).last().satisfies(set -> {
            assertThat(set.author()).isEqualTo("Sam Whitaker");
            assertThat(set.changes()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("Definition");
                assertThat(c.to()).isEqualTo("Counted at countersignature");
            });
        });
        mvc.perform(get(g.base() + "/" + key).session(cmo))
                .andExpect(content().string(containsString("Decided by Sam Whitaker")))
                .andExpect(content().string(containsString("Agreed at the GTM council.")));
    }

    @ParameterizedTest
    @MethodSource("features")
    void aRejectionNeedsACommentAndKeepsTheSubjectAsItWas(Governed g) throws Exception {
        String key = g.create().apply("Counted when booked");
        ProposalView proposal = propose(g, key, "Counted when invoiced", "Invoices are what Finance trusts.",
                SignIn.demo(mvc, "cfo"));
        int revisions = g.history().apply(key).size();

        MockHttpSession revops = SignIn.demo(mvc, "revops");
        mvc.perform(post(g.base() + "/proposals/" + proposal.id() + "/reject").param(g.param(), key).param("comment", " ")
                        .session(revops).with(csrf()))
                .andExpect(redirectedUrl(g.base() + "/" + key))
                .andExpect(flash().attribute(Flash.ATTRIBUTE,
                        new Flash("error", "Say why the proposal is rejected; the proposer reads it.")));
        assertThat(g.proposals().apply(key).get(0).pending()).isTrue();

        mvc.perform(post(g.base() + "/proposals/" + proposal.id() + "/reject").param(g.param(), key)
                        .param("comment", "Bookings drive comp.").session(revops).with(csrf()))
                .andExpect(redirectedUrl(g.base() + "/" + key))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", "Rejected; the proposer sees your comment.")));
        assertThat(g.proposals().apply(key).get(0).state()).isEqualTo("REJECTED");
        assertThat(g.proposals().apply(key).get(0).decisionComment()).isEqualTo("Bookings drive comp.");
        assertThat(g.meaning().apply(key)).isEqualTo("Counted when booked");
        assertThat(g.history().apply(key)).hasSize(revisions);
    }

    @ParameterizedTest
    @MethodSource("features")
    void onlyTheProposerWithdrawsAProposal(Governed g) throws Exception {
        String key = g.create().apply("Counted at stage 2");
        MockHttpSession cmo = SignIn.demo(mvc, "cmo");
        ProposalView proposal = propose(g, key, "Counted at stage 3", "Stage 2 is too early.", cmo);
        String withdraw = g.base() + "/proposals/" + proposal.id() + "/withdraw";

        for (String someoneElse : new String[] {"cro", "revops"}) {
            mvc.perform(post(withdraw).param(g.param(), key).session(SignIn.demo(mvc, someoneElse)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(g.proposals().apply(key).get(0).pending()).isTrue();

        mvc.perform(post(withdraw).param(g.param(), key).session(cmo).with(csrf()))
                .andExpect(redirectedUrl(g.base() + "/" + key))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", "Your proposal is withdrawn.")));
        assertThat(g.proposals().apply(key).get(0).state()).isEqualTo("WITHDRAWN");
        assertThat(g.meaning().apply(key)).isEqualTo("Counted at stage 2");
    }

    @ParameterizedTest
    @MethodSource("features")
    void aStaleProposalIsMarkedAppliesOnTopAndIsRefusedOnceDecided(Governed g) throws Exception {
        String key = g.create().apply("Counted weekly");
        MockHttpSession cmo = SignIn.demo(mvc, "cmo");
        ProposalView proposal = propose(g, key, "Counted every Monday", "Say which day.", cmo);

        g.rename().accept(key, "Renamed meanwhile");
        assertThat(g.proposals().apply(key).get(0).subjectChangedSince()).isTrue();
        mvc.perform(get(g.base() + "/" + key).session(cmo))
                .andExpect(content().string(containsString("It changed since this was proposed")));

        MockHttpSession revops = SignIn.demo(mvc, "revops");
        String approve = g.base() + "/proposals/" + proposal.id() + "/approve";
        mvc.perform(post(approve).param(g.param(), key).session(revops).with(csrf()))
                .andExpect(redirectedUrl(g.base() + "/" + key));
        assertThat(g.meaning().apply(key)).isEqualTo("Counted every Monday");
        assertThat(g.history().apply(key)).last().satisfies(set -> assertThat(set.changes())
                .as("only what it proposed, on top of the rename").singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("Definition")));
        int revisions = g.history().apply(key).size();

        String refusal = "This proposal was approved already by Sam Whitaker.";
        mvc.perform(post(approve).param(g.param(), key).session(revops).with(csrf()))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error", refusal)));
        mvc.perform(post(g.base() + "/proposals/" + proposal.id() + "/reject").param(g.param(), key)
                        .param("comment", "Too late").session(revops).with(csrf()))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error", refusal)));
        mvc.perform(post(g.base() + "/proposals/" + proposal.id() + "/withdraw").param(g.param(), key)
                        .session(cmo).with(csrf()))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error", refusal)));
        assertThat(g.proposals().apply(key).get(0).state()).isEqualTo("APPROVED");
        assertThat(g.history().apply(key)).hasSize(revisions);
    }

    private Governed metrics() {
        return new Governed("/metrics", "metric", MetricDefinitionService.METRIC,
                meaning -> {
                    String key = uniqueKey("governed-metric-");
                    definitions.create(key, spec("Governed metric", meaning), GovernanceStatus.DRAFT, revops());
                    return key;
                },
                (key, meaning) -> {
                    MetricView m = definitions.get(key);
                    return post("/metrics/" + key + "/proposals").param("name", m.name()).param("definition", meaning)
                            .param("calculation", m.calculation()).param("unit", m.unit().name())
                            .param("direction", m.direction().name()).param("cadence", m.cadence().name())
                            .param("ownerId", String.valueOf(m.ownerId())).param("indicator", m.indicator().name())
                            .param("lever", m.lever()).param("atRiskBandPercent", m.atRiskBandPercent().toPlainString())
                            .param("dataSource", m.dataSource()).param("displayOrder", String.valueOf(m.displayOrder()));
                },
                key -> definitions.get(key).definition(), definitions::history, definitions::proposals,
                (key, name) -> {
                    MetricView m = definitions.get(key);
                    definitions.update(key, spec(name, m.definition()), m.version(), revops());
                });
    }

    private Governed terms() {
        return new Governed("/glossary", "term", GlossaryService.TERM,
                meaning -> {
                    String key = uniqueKey("governed-term-");
                    glossary.create(key, new TermSpec("Governed term", meaning, null), GovernanceStatus.APPROVED, revops());
                    return key;
                },
                (key, meaning) -> post("/glossary/" + key + "/proposals").param("term", glossary.get(key).term())
                        .param("definition", meaning),
                key -> glossary.get(key).definition(), glossary::history, glossary::proposals,
                (key, name) -> {
                    TermView t = glossary.get(key);
                    glossary.update(key, new TermSpec(name, t.definition(), t.example()), t.version(), revops());
                });
    }

    /** Proposes the subject with a new meaning through its page, as {@code by}; the proposal now on it. */
    private ProposalView propose(Governed g, String key, String meaning, String rationale, MockHttpSession by)
            throws Exception {
        mvc.perform(g.propose().apply(key, meaning).param("rationale", rationale).session(by).with(csrf()))
                .andExpect(redirectedUrl(g.base() + "/" + key));
        return g.proposals().apply(key).get(0);
    }

    private static String uniqueKey(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private CadenceUser revops() {
        return people.principalOf("revops");
    }

    private MetricSpec spec(String name, String definition) {
        return new MetricSpec(name, definition, "Count ÷ total", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER,
                Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LEADING, "Pipeline", false,
                BigDecimal.TEN, "Salesforce", 500);
    }
}
