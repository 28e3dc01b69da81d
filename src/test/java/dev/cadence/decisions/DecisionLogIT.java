package dev.cadence.decisions;

import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.SectionKind;
import dev.cadence.meetings.SeriesView;
import dev.cadence.meetings.TemplateSectionSpec;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The decision log: the decider check, reopening and its count, superseding, filters, CSV, permissions, the meetings contract. */
@CadenceIntegrationTest
class DecisionLogIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;
    @Autowired
    MeetingSeriesService seriesService;

    CadenceUser ceo;
    CadenceUser cro;
    CadenceUser cfo;
    long areaId;
    String areaName;
    String marker;

    @BeforeEach
    void anAgreedAreaWhereTheCroDecides() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        cfo = people.principalOf("cfo");
        marker = "m" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime();
        areaName = "Log test area " + marker;
        AsPerson.run(ceo, () -> {
            AreaRow row = rights.createArea(areaName, null, ceo);
            row = rights.replaceAssignments(row.id(), Map.of(cro.personId(), RightRole.DECIDE, cfo.personId(), RightRole.CONSULT),
                    row.version(), ceo);
            areaId = rights.agree(row.id(), row.version(), ceo).id();
        });
    }

    @Test
    void aDeciderWithoutDecideSeesAWarningAndGoesOnOnlyWithARecordedReason() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cfo");
        mvc.perform(get("/decisions/decider-check").session(session).header("HX-Request", "true")
                        .param("areaId", String.valueOf(areaId)).param("deciderId", String.valueOf(cfo.personId())))
                .andExpect(content().string(containsString("Tom Lindqvist does not hold Decide for " + areaName)));

        mvc.perform(newDecision(session, cfo.personId()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tom Lindqvist does not hold Decide for " + areaName
                        + " on the decision-rights map (Daniel Okafor does)")))
                .andExpect(content().string(containsString("required to go on")));
        assertThat(decisions.list(textFilter(marker))).isEmpty();

        String location = mvc.perform(newDecision(session, cfo.personId())
                        .param("overrideReason", "Daniel was travelling and the quote expired Friday."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DecisionView saved = decisions.get(id);
        assertThat(saved.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(saved.overrideReason()).isEqualTo("Daniel was travelling and the quote expired Friday.");
        mvc.perform(get("/decisions/" + id).session(session))
                .andExpect(content().string(containsString("Tom Lindqvist decided without holding Decide on the map.")))
                .andExpect(content().string(containsString("Daniel was travelling")));

        // The holder of Decide goes straight through, and a reason is not kept when it was not needed.
        DecisionSummary byCro = decisions.record(draft("CRO decides " + marker, cro.personId(), null, "unneeded"), cro);
        assertThat(decisions.get(byCro.id()).overrideReason()).isNull();
    }

    @Test
    void theMeetingsContractRecordsChecksAndReadsBack() {
        long meetingId = aMeeting();
        assertThatThrownBy(() -> decisions.record(new DecisionDraft("From a 1:1 " + marker, null, null, null, "Do it", null,
                cfo.personId(), areaId, null, meetingId, "CEO–CRO 1:1 · 19 Nov 2026", null, " "), cfo))
                .isInstanceOf(DeciderNotEntitledException.class)
                .hasMessageContaining("does not hold Decide");
        DecisionSummary first = decisions.record(new DecisionDraft("From a 1:1 " + marker, "ctx", null, null, "Do it", "why",
                cro.personId(), areaId, null, meetingId, "CEO–CRO 1:1 · 19 Nov 2026", "We decided X", null), cro);
        DecisionSummary second = decisions.record(new DecisionDraft("Second from the 1:1 " + marker, null, null, null, "And that",
                null, ceo.personId(), null, LocalDate.now(clock).minusDays(1), meetingId, "CEO–CRO 1:1 · 19 Nov 2026", null, null), ceo);
        assertThat(first.status()).isEqualTo("DECIDED");
        assertThat(first.decidedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(first.areaName()).isEqualTo(areaName);
        assertThat(first.deciderName()).isEqualTo("Daniel Okafor");
        assertThat(decisions.fromMeeting(meetingId)).extracting(DecisionSummary::id).containsExactly(first.id(), second.id());
        assertThat(decisions.areas()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(areaId);
            assertThat(a.deciderName()).isEqualTo("Daniel Okafor");
            assertThat(a.status()).isEqualTo("AGREED");
        });
        assertThatThrownBy(() -> decisions.record(new DecisionDraft(" ", null, null, null, "x", null, cro.personId(), null,
                null, null, null, null, null), cro)).hasMessageContaining("Give the decision a title");
        assertThatThrownBy(() -> decisions.record(new DecisionDraft("No outcome", null, null, null, " ", null, cro.personId(),
                null, null, null, null, null, null), cro)).hasMessageContaining("Write what was decided");
        assertThatThrownBy(() -> decisions.record(new DecisionDraft("Future", null, null, null, "x", null, cro.personId(),
                null, LocalDate.now(clock).plusDays(3), null, null, null, null), cro)).hasMessageContaining("future");
    }

    @Test
    void reopeningNeedsAReasonIsCountedAndShows() throws Exception {
        DecisionSummary d = decisions.record(draft("Reopen me " + marker, cro.personId(), areaId, null), cro);
        MockHttpSession session = SignIn.demo(mvc, "vpcs");
        Instant before = Instant.now(clock).minusSeconds(1);
        // Reopening waits behind a button; a refused one comes back open, beside its reason.
        mvc.perform(get("/decisions/" + d.id()).session(session))
                .andExpect(content().string(containsString("<details class=\"card stack reopen-disclosure\">")));
        mvc.perform(post("/decisions/" + d.id() + "/reopen").session(session).with(csrf())
                        .param("version", String.valueOf(decisions.get(d.id()).version())).param("reason", ""))
                .andExpect(content().string(containsString("<details class=\"card stack reopen-disclosure\" open=\"open\">")));
        assertThat(decisions.get(d.id()).status()).isEqualTo(DecisionStatus.DECIDED);

        mvc.perform(post("/decisions/" + d.id() + "/reopen").session(session).with(csrf())
                .param("version", String.valueOf(decisions.get(d.id()).version()))
                .param("reason", "CS never agreed to the handover date."));
        DecisionView reopened = decisions.get(d.id());
        assertThat(reopened.status()).isEqualTo(DecisionStatus.REOPENED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(decisions.reopenedBetween(before, Instant.now(clock).plusSeconds(1))).extracting(DecisionSummary::id)
                .contains(d.id());
        mvc.perform(get("/decisions/" + d.id()).session(session))
                .andExpect(content().string(containsString("CS never agreed to the handover date.")))
                .andExpect(content().string(containsString("reopened 1×")))
                .andExpect(content().string(containsString("Elena García")));

        // Decided again (by its decider), reopened again: counted twice.
        // Saved without deciding, it stays reopened and keeps what was decided and when.
        decisions.update(d.id(), draftWithRationale("Reopen me " + marker, cro.personId(), areaId, null, "Still open"), false,
                reopened.version(), cro);
        assertThat(decisions.get(d.id()).status()).isEqualTo(DecisionStatus.REOPENED);
        assertThat(decisions.get(d.id()).decidedOn()).isEqualTo(LocalDate.now(clock));
        decisions.update(d.id(), draft("Reopen me " + marker, cro.personId(), areaId, null), true,
                decisions.get(d.id()).version(), cro);
        AsPerson.run(cfo, () -> decisions.reopen(d.id(), "Again.", decisions.get(d.id()).version(), cfo));
        assertThat(decisions.get(d.id()).reopenCount()).isEqualTo(2);
        assertThat(decisions.page(d.id(), ceo).history()).anySatisfy(set -> assertThat(set.author()).isEqualTo("Tom Lindqvist"));
    }

    @Test
    void supersedingLinksBothWays() throws Exception {
        DecisionSummary older = decisions.record(draft("Old rule " + marker, cro.personId(), areaId, null), cro);
        MockHttpSession session = SignIn.demo(mvc, "cro");
        mvc.perform(get("/decisions/new").param("supersedes", String.valueOf(older.id())).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Record and supersede")));
        String location = mvc.perform(post("/decisions").session(session).with(csrf())
                        .param("supersedes", String.valueOf(older.id())).param("title", "New rule " + marker)
                        .param("decision", "The new rule").param("deciderId", String.valueOf(cro.personId()))
                        .param("areaId", String.valueOf(areaId)).param("decidedOn", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long newer = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DecisionView old = decisions.get(older.id());
        assertThat(old.status()).isEqualTo(DecisionStatus.SUPERSEDED);
        assertThat(old.supersededById()).isEqualTo(newer);
        assertThat(decisions.get(newer).supersedesId()).isEqualTo(older.id());
        mvc.perform(get("/decisions/" + older.id()).session(session))
                .andExpect(content().string(containsString("Superseded by")))
                .andExpect(content().string(containsString("New rule " + marker)));
        mvc.perform(get("/decisions/" + newer).session(session))
                .andExpect(content().string(containsString("Supersedes")))
                .andExpect(content().string(containsString("Old rule " + marker)));
    }

    @Test
    void theListFiltersAndExportsAsCsv() throws Exception {
        decisions.record(draft("Alpha, \"quoted\" " + marker, cro.personId(), areaId, null), cro);
        decisions.propose(new DecisionDraft("Beta " + marker, null, null, null, null, null, ceo.personId(), null, null,
                null, null, null, null), ceo);
        MockHttpSession session = SignIn.demo(mvc, "board");
        mvc.perform(get("/decisions").session(session).param("q", marker))
                .andExpect(content().string(containsString("Alpha")))
                .andExpect(content().string(containsString("Beta " + marker)))
                .andExpect(content().string(containsString("2 decisions match")));
        mvc.perform(get("/decisions").session(session).param("q", marker).param("status", "PROPOSED"))
                .andExpect(content().string(containsString("1 decision match")))
                .andExpect(content().string(containsString("<option value=\"PROPOSED\" selected=\"selected\">")));
        mvc.perform(get("/decisions").session(session).param("area", String.valueOf(areaId)))
                .andExpect(content().string(containsString("Alpha")))
                .andExpect(content().string(containsString("<option value=\"" + areaId + "\" selected=\"selected\">")));
        assertThat(decisions.list(new DecisionFilter(null, null, ceo.personId(), null, null, null, marker)))
                .extracting(DecisionSummary::title).containsExactly("Beta " + marker);
        LocalDate today = LocalDate.now(clock);
        assertThat(decisions.list(new DecisionFilter(null, null, null, null, today, today, marker))).hasSize(1);
        assertThat(decisions.list(new DecisionFilter(null, null, null, null, today.plusDays(1), null, marker))).isEmpty();

        String csv = mvc.perform(get("/decisions/export.csv").session(session).param("q", marker))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("id,title,status,decision area,decided by,decided on,meeting,decision");
        assertThat(csv).contains("\"Alpha, \"\"quoted\"\" " + marker + "\"");
        assertThat(csv.split("\r\n")).hasSize(3);
    }

    @Test
    void theBoardReadsTheLogButDoesNotWriteIt() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/decisions").session(board)).andExpect(status().isOk());
        mvc.perform(get("/decisions/new").session(board)).andExpect(status().isForbidden());
        mvc.perform(newDecision(board, cro.personId())).andExpect(status().isForbidden());
        DecisionSummary d = decisions.record(draft("Board reads " + marker, cro.personId(), areaId, null), cro);
        mvc.perform(post("/decisions/" + d.id() + "/reopen").session(board).with(csrf()).param("version", "0")
                .param("reason", "x")).andExpect(status().isForbidden());
        assertThatThrownBy(() -> decisions.record(draft("x " + marker, cro.personId(), null, null), people.principalOf("board")))
                .isInstanceOf(AccessDeniedException.class);
        for (String username : List.of("cmo", "vpcs", "revops")) {
            mvc.perform(newDecision(SignIn.demo(mvc, username), cro.personId())).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void twoPeopleEditingTheSameDecisionDoNotOverwriteEachOther() throws Exception {
        DecisionSummary d = decisions.record(draft("Shared " + marker, cro.personId(), areaId, null), cro);
        long seen = decisions.get(d.id()).version();
        decisions.update(d.id(), draftWithRationale("Shared " + marker, cro.personId(), areaId, null, "Ceo's rationale"), false, seen, ceo);
        mvc.perform(post("/decisions/" + d.id()).session(SignIn.demo(mvc, "cro")).with(csrf())
                        .param("version", String.valueOf(seen)).param("title", "Mine " + marker).param("decision", "Mine")
                        .param("deciderId", String.valueOf(cro.personId())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Maya Chen changed")));
        assertThat(decisions.get(d.id()).rationale()).isEqualTo("Ceo's rationale");
    }

    @Test
    void aProposalIsDecidedThroughThePageAndTheDeciderIsCheckedThen() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cmo");
        String location = mvc.perform(newDecision(session, cfo.personId()).param("intent", "propose"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DecisionView proposed = decisions.get(id);
        assertThat(proposed.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(proposed.decidedOn()).isNull();
        mvc.perform(get("/decisions/" + id).session(session)).andExpect(content().string(containsString("To be decided by Tom Lindqvist")));

        // Deciding it as the CFO, who does not hold Decide, is refused without a reason; the CRO decides it.
        mvc.perform(post("/decisions/" + id).session(session).with(csrf()).param("intent", "decide")
                        .param("version", String.valueOf(proposed.version())).param("title", proposed.title())
                        .param("decision", "Cap at 30%.").param("deciderId", String.valueOf(cfo.personId()))
                        .param("areaId", String.valueOf(areaId)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tom Lindqvist does not hold Decide")));
        assertThat(decisions.get(id).status()).isEqualTo(DecisionStatus.PROPOSED);
        mvc.perform(post("/decisions/" + id).session(session).with(csrf()).param("intent", "decide")
                        .param("version", String.valueOf(proposed.version())).param("title", proposed.title())
                        .param("decision", "Cap at 30%.").param("deciderId", String.valueOf(cro.personId()))
                        .param("areaId", String.valueOf(areaId)).param("message", "Partner discounts stop at 30%."))
                .andExpect(status().is3xxRedirection());
        DecisionView decided = decisions.get(id);
        assertThat(decided.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decided.decidedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(decided.deciderName()).isEqualTo("Daniel Okafor");
        assertThat(decided.message()).isEqualTo("Partner discounts stop at 30%.");
    }

    @Test
    void theDemoLogHasAQuarterOfDecisionsTwoReopenedOneSuperseded() {
        List<DecisionSummary> all = decisions.list(DecisionFilter.none());
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        LocalDate today = LocalDate.now(clock);
        assertThat(find(all, "Discounts above 15% need CRO approval").decidedOn()).isBetween(today.minusDays(92), today.minusDays(80));
        assertThat(find(all, "Named accounts: the top 150 move to the enterprise team").decidedOn()).isAfter(today.minusDays(15));
        assertThat(find(all, "Raise renewal prices 7% in Q1").status()).isEqualTo("PROPOSED");
        DecisionSummary old = find(all, "Discounts above 15% need CRO approval");
        DecisionSummary replacement = find(all, "Discounts above 20% need CRO + CFO approval");
        assertThat(old.status()).isEqualTo("SUPERSEDED");
        assertThat(decisions.get(old.id()).supersededById()).isEqualTo(replacement.id());
        assertThat(find(all, "AEs own expansion pipeline over $50K; CSMs below").status()).isEqualTo("REOPENED");
        assertThat(find(all, "Hire two SDRs for enterprise outbound").reopenCount()).isEqualTo(1);
        assertThat(decisions.get(find(all, "Fund the Q1 field event series at $120K").id()).overrideReason()).contains("Priya was on leave");
    }

    private static DecisionSummary find(List<DecisionSummary> all, String title) {
        return all.stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newDecision(MockHttpSession session, long deciderId) {
        return post("/decisions").session(session).with(csrf())
                .param("title", "Partner discount cap " + marker).param("decision", "Cap partner discounts at 30%.")
                .param("rationale", "Margin.").param("message", "We decided to cap partner discounts.")
                .param("deciderId", String.valueOf(deciderId)).param("areaId", String.valueOf(areaId))
                .param("decidedOn", LocalDate.now(clock).toString());
    }

    private DecisionFilter textFilter(String text) {
        return new DecisionFilter(null, null, null, null, null, null, text);
    }

    private static DecisionDraft draft(String title, long deciderId, Long areaId, String overrideReason) {
        return draftWithRationale(title, deciderId, areaId, overrideReason, "Because.");
    }

    private static DecisionDraft draftWithRationale(String title, long deciderId, Long areaId, String overrideReason,
                                                    String rationale) {
        return new DecisionDraft(title, "Context", null, null, "The decision", rationale, deciderId, areaId, null, null,
                null, "Message", overrideReason);
    }

    /** A real meeting (decisions refer to meetings by a foreign key) of a series of its own. */
    private long aMeeting() {
        SeriesView series = seriesService.createSeries("Contract series " + marker, MeetingKind.ONE_ON_ONE, DayOfWeek.MONDAY,
                LocalTime.NOON, ZoneOffset.UTC, 30, Set.of(ceo.personId(), cro.personId()),
                List.of(new TemplateSectionSpec(SectionKind.DISCUSSION, "Topics", null, 30)));
        return seriesService.ensureNextMeeting(series.id(), ceo).id();
    }
}
