package dev.cadence.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.governance.ChangeProposal;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.StaleEditException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The GTM charter as people use it: the CEO edits it, the others propose and the CEO approves or rejects, every version
 * is kept and any two compare; the board reads only; a save made on an older version is refused with what changed, and
 * two at once are one save and one such refusal. The charter is one document shared by every test: each test adds its
 * own versions and proposals and asserts on those, never on the demo's count.
 */
@CadenceIntegrationTest
class CharterIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    CharterService charter;
    @Autowired
    PersonService people;

    @Test
    void theCeoApprovesAProposalAsTheNextVersionAndItsHistoryAndDiffShowIt() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cmo = people.principalOf("cmo");
        CharterView before = charter.current();
        String marker = "Marker " + System.nanoTime();

        // The CMO proposes through the page: a reworded section and a new one.
        MockHttpSession cmoSession = SignIn.demo(mvc, "cmo");
        MockHttpServletRequestBuilder proposal = form(post("/charter/proposals"), before, s -> s.key().equals(before.sections().get(0).key())
                ? new String[] {s.key(), s.title(), s.body() + "\n\n" + marker} : null)
                .param("sections[" + before.sections().size() + "].title", "Competitors " + marker)
                .param("sections[" + before.sections().size() + "].body", "Project tools bent to the job, and in-house builds.")
                .param("rationale", "Win/loss says so.");
        mvc.perform(proposal.session(cmoSession).with(csrf())).andExpect(status().is3xxRedirection());
        CharterProposal mine = charter.page().waiting().stream().filter(p -> p.proposal().rationale().equals("Win/loss says so.")
                && p.changes().stream().anyMatch(c -> c.label().startsWith("Competitors " + marker))).findFirst().orElseThrow();
        assertThat(mine.proposal().proposedBy()).isEqualTo("Priya Raman");
        assertThat(mine.changes()).extracting(ChangeView::label)
                .containsExactly(before.sections().get(0).title(), "Competitors " + marker + " (new section)");
        assertThat(mine.changes().get(0).segments()).filteredOn(ChangeView.Segment::inserted).extracting(ChangeView.Segment::text)
                .singleElement().asString().contains(marker);
        assertThat(charter.current().number()).as("a proposal changes nothing until approved").isEqualTo(before.number());

        // Only the CEO decides: the CRO gets 403, RevOps too (they govern definitions, not the charter).
        for (String who : List.of("cro", "revops", "board")) {
            mvc.perform(post("/charter/proposals/{id}/approve", mine.proposal().id()).session(SignIn.demo(mvc, who)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/charter/proposals/{id}/approve", mine.proposal().id()).session(SignIn.demo(mvc, "ceo")).with(csrf())
                .param("comment", "Agreed at the council.")).andExpect(redirectedUrl("/charter"));

        CharterView after = charter.current();
        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(after.about().authorName()).isEqualTo("Priya Raman");
        assertThat(after.about().approvedByName()).isEqualTo("Maya Chen");
        assertThat(after.about().summary()).isEqualTo("Win/loss says so.");
        assertThat(after.about().proposalId()).isEqualTo(mine.proposal().id());
        assertThat(after.sections().get(0).body()).endsWith(marker);
        assertThat(after.sections()).last().satisfies(s -> assertThat(s.title()).isEqualTo("Competitors " + marker));
        assertThat(charter.history().get(0)).isEqualTo(after.about());
        assertThat(charter.version(before.number()).sections()).as("the version before is kept as it was").isEqualTo(before.sections());
        assertThat(charter.page().decided()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(mine.proposal().id());
            assertThat(p.decisionComment()).isEqualTo("Agreed at the council.");
        });

        // The diff between the two versions, and back.
        CharterComparison diff = charter.compare(before.number(), after.number());
        assertThat(diff.changes()).extracting(ChangeView::label)
                .containsExactly(before.sections().get(0).title(), "Competitors " + marker + " (new section)");
        assertThat(charter.compare(after.number(), before.number()).changes()).extracting(ChangeView::label)
                .containsExactly(before.sections().get(0).title(), "Competitors " + marker + " (removed)");
        assertThat(charter.compare(after.number(), after.number()).changes()).isEmpty();
        String page = mvc.perform(get("/charter/compare").param("from", String.valueOf(before.number()))
                        .param("to", String.valueOf(after.number())).session(SignIn.demo(mvc, "board")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<ins>\\s*" + marker + "</ins>").contains("Competitors " + marker + " (new section)");
        mvc.perform(get("/charter/compare").param("from", "1").param("to", "99999").session(cmoSession)).andExpect(status().isNotFound());
        mvc.perform(get("/charter/versions/{n}", before.number()).session(cmoSession)).andExpect(status().isOk());

        // A rejection needs a comment, which the proposer reads; the proposer withdraws their own.
        CharterProposal second = charter.propose(firstEdited(after, " Again."), "Once more", after.number(), cmo);
        mvc.perform(post("/charter/proposals/{id}/reject", second.proposal().id()).session(SignIn.demo(mvc, "ceo")).with(csrf()))
                .andExpect(redirectedUrl("/charter"));
        assertThat(charter.page().waiting()).anyMatch(p -> p.proposal().id() == second.proposal().id());
        charter.reject(second.proposal().id(), "Not this quarter.", ceo);
        assertThat(charter.current().number()).isEqualTo(after.number());
        CharterProposal third = charter.propose(plus(after, new SectionDraft(null, "Section " + marker, "Text", false)), "Why not",
                after.number(), cmo);
        assertThatThrownBy(() -> charter.withdraw(third.proposal().id(), ceo)).isInstanceOf(AccessDeniedException.class);
        charter.withdraw(third.proposal().id(), cmo);
        assertThat(charter.page().decided()).extracting(ChangeProposal::id).contains(second.proposal().id(), third.proposal().id());
    }

    @Test
    void theCeoEditsDirectlyAndEveryoneElseButTheBoardProposes() throws Exception {
        CharterView before = charter.current();
        String marker = "Edited " + System.nanoTime();
        for (String who : List.of("cro", "cmo", "revops", "admin", "board")) {
            MockHttpSession session = SignIn.demo(mvc, who);
            mvc.perform(get("/charter").session(session)).andExpect(status().isOk());
            mvc.perform(get("/charter/edit").session(session)).andExpect(status().isForbidden());
            mvc.perform(edit(before, marker).session(session).with(csrf())).andExpect(status().isForbidden());
        }
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/charter/propose").session(board)).andExpect(status().isForbidden());
        mvc.perform(form(post("/charter/proposals"), before, s -> null).param("rationale", "Because")
                .session(board).with(csrf())).andExpect(status().isForbidden());
        String boardPage = mvc.perform(get("/charter").session(board)).andReturn().getResponse().getContentAsString();
        assertThat(boardPage).doesNotContain("Propose a change").doesNotContain("Edit the charter");
        mvc.perform(get("/charter/propose").session(SignIn.demo(mvc, "cro"))).andExpect(status().isOk());

        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        mvc.perform(get("/charter/edit").session(ceo)).andExpect(status().isOk());
        // Without a reason, nothing is saved and the form comes back with what was typed.
        String refused = mvc.perform(form(post("/charter"), before, s -> new String[] {s.key(), s.title(), s.body() + " " + marker})
                .session(ceo).with(csrf())).andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Say what changed and why").contains(marker);
        assertThat(charter.current().number()).isEqualTo(before.number());

        mvc.perform(edit(before, marker).session(ceo).with(csrf())).andExpect(redirectedUrl("/charter"));
        CharterView after = charter.current();
        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(after.about().authorName()).isEqualTo("Maya Chen");
        assertThat(after.about().proposed()).isFalse();
        assertThat(after.sections().get(0).body()).endsWith(marker);
    }

    @Test
    void aStaleSaveIsRefusedWithWhatTheOtherPersonChanged() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        CharterView read = charter.current();
        String marker = "Theirs " + System.nanoTime();
        // Someone else's proposal approved after the form was shown.
        CharterProposal theirs = charter.propose(plus(read, new SectionDraft(null, "Partners " + marker, "Referral partners first.", false)),
                "Partners matter", read.number(), cro);
        AsPerson.run(ceo, () -> charter.approve(theirs.proposal().id(), null, ceo));

        List<SectionDraft> mine = new ArrayList<>();
        read.sections().forEach(s -> mine.add(new SectionDraft(s.key(), s.title(), s.body() + " Mine.", false)));
        assertThatThrownBy(() -> charter.edit(mine, "My edit", read.number(), ceo)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Daniel Okafor (approved by Maya Chen) saved version " + (read.number() + 1))
                .hasMessageContaining("Partners " + marker + " (new section)");
        assertThatThrownBy(() -> charter.propose(mine, "My proposal", read.number(), cro)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Partners " + marker);

        // On the page: 409, their changes above the form, what was typed kept, and the form now on the current version.
        String page = mvc.perform(edit(read, "Mine " + marker).session(SignIn.demo(mvc, "ceo")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("while you were editing").contains("<ins>Referral partners first.</ins>").contains("Mine " + marker)
                .contains("value=\"" + (read.number() + 1) + "\"");
        assertThat(charter.current().sections()).noneMatch(s -> s.body().contains("Mine " + marker));
    }

    @Test
    void twoSavesAtTheSameMomentAreOneVersionAndOneStaleRefusal() throws Exception {
        CharterView read = charter.current();
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        List<Race.Outcome> outcomes = Race.requests(mvc, List.of("charter_version", "charter"),
                edit(read, "First " + System.nanoTime()).session(ceo).with(csrf()),
                edit(read, "Second " + System.nanoTime()).session(ceo).with(csrf()));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.message()).contains("Maya Chen saved version " + (read.number() + 1));
        assertThat(charter.current().number()).isEqualTo(read.number() + 1);
    }

    @Test
    void theDemoCharterIsAtItsThirdVersionWithAProposalWaiting() {
        List<VersionSummary> history = charter.history();
        assertThat(history).extracting(VersionSummary::number).contains(1, 2, 3);
        VersionSummary first = history.stream().filter(v -> v.number() == 1).findFirst().orElseThrow();
        VersionSummary third = history.stream().filter(v -> v.number() == 3).findFirst().orElseThrow();
        assertThat(first.authorName()).isEqualTo("Maya Chen");
        assertThat(first.proposed()).isFalse();
        assertThat(third.authorName()).isEqualTo("Daniel Okafor");
        assertThat(third.approvedByName()).isEqualTo("Maya Chen");
        assertThat(charter.version(1).sections()).extracting(CharterSection::title)
                .containsExactly("Ideal customer profile", "Positioning", "Pricing principles", "Who owns what");
        assertThat(charter.compare(2, 3).changes()).extracting(ChangeView::label).containsExactly("Pricing principles", "Who owns what");
        assertThat(charter.page().waiting()).anySatisfy(p -> {
            assertThat(p.proposal().proposedBy()).isEqualTo("Elena García");
            assertThat(p.changes()).extracting(ChangeView::label).contains("Who owns what");
        });
        // As the council saw it on the day of the last past council: the VP CS's proposal waited, version 3 was current.
        CharterPanel panel = charter.asOf(third.approvedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(27));
        assertThat(panel.waiting()).anySatisfy(w -> assertThat(w.proposedBy()).isEqualTo("Elena García"));
        CharterPanel before = charter.asOf(third.approvedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1));
        assertThat(before.version().number()).isEqualTo(2);
        assertThat(before.waiting()).singleElement().satisfies(w -> {
            assertThat(w.proposedBy()).isEqualTo("Daniel Okafor");
            assertThat(w.sections()).containsExactly("Pricing principles", "Who owns what");
        });
        assertThat(charter.asOf(LocalDate.of(2000, 1, 1)).version()).isNull();
    }

    @Test
    void theCharterPageReadsAFixedNumberOfStatementsWhateverItsHistory() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        // Read after a change (kept until the next: the database's triggers move the charter's counter), then again.
        changedMeanwhile();
        long first = SqlStatements.countDuring(() -> mvc.perform(get("/charter").session(cro)).andExpect(status().isOk()));
        long again = SqlStatements.countDuring(() -> mvc.perform(get("/charter").session(cro)).andExpect(status().isOk()));
        assertThat(again).as("statements for /charter read again, nothing changed").isLessThan(first).isLessThanOrEqualTo(3);
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cmo = people.principalOf("cmo");
        for (int i = 0; i < 6; i++) {
            CharterView now = charter.current();
            charter.edit(firstEdited(now, " " + i), "Step " + i, now.number(), ceo);
            charter.propose(plus(charter.current(), new SectionDraft(null, "Idea " + i + " " + System.nanoTime(), "Text", false)), "Idea",
                    now.number() + 1, cmo);
        }
        changedMeanwhile();
        List<String> later = SqlStatements.during(() -> mvc.perform(get("/charter").session(cro)).andExpect(status().isOk()));
        assertThat(later).as("statements for /charter").hasSizeLessThanOrEqualTo(8).hasSize((int) first);
        assertThat(SqlStatements.countDuring(() -> mvc.perform(get("/charter").session(cro)).andExpect(status().isOk()))).isEqualTo(again);
        assertThat(SqlStatements.countDuring(() -> mvc.perform(get("/charter/compare").param("from", "1").param("to", "3")
                .session(cro)).andExpect(status().isOk()))).isLessThanOrEqualTo(4);
    }

    /** Someone changed what the charter's pages show: what was kept is read again. */
    private void changedMeanwhile() {
        jdbc.update("update charter_change set counter = counter + 1, changed_at = now() where id = 1");
    }

    /** The charter's form for {@code charter}, each section as {@code change} types it (key, title, body), or as it is when null. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, CharterView charter,
                                                      Function<CharterSection, String[]> change) {
        request.param("version", String.valueOf(charter.number()));
        for (int i = 0; i < charter.sections().size(); i++) {
            CharterSection s = charter.sections().get(i);
            String[] typed = change.apply(s);
            String[] values = typed == null ? new String[] {s.key(), s.title(), s.body()} : typed;
            request.param("sections[" + i + "].key", values[0]).param("sections[" + i + "].title", values[1])
                    .param("sections[" + i + "].body", values[2]);
        }
        return request;
    }

    /** The charter's sections as they are, the first one with {@code suffix} added to its text. */
    private static List<SectionDraft> firstEdited(CharterView charter, String suffix) {
        List<SectionDraft> drafts = new ArrayList<>();
        charter.sections().forEach(s -> drafts.add(new SectionDraft(s.key(), s.title(), s.body() + (drafts.isEmpty() ? suffix : ""), false)));
        return drafts;
    }

    /** The charter's sections as they are, and one more. */
    private static List<SectionDraft> plus(CharterView charter, SectionDraft added) {
        List<SectionDraft> drafts = new ArrayList<>();
        charter.sections().forEach(s -> drafts.add(new SectionDraft(s.key(), s.title(), s.body(), false)));
        drafts.add(added);
        return drafts;
    }

    /** The CEO's edit of the first section, with a reason. */
    private static MockHttpServletRequestBuilder edit(CharterView charter, String marker) {
        CharterSection first = charter.sections().get(0);
        return form(post("/charter"), charter, s -> s.key().equals(first.key()) ? new String[] {s.key(), s.title(), s.body() + " " + marker} : null)
                .param("rationale", "Sharper: " + marker);
    }
}
