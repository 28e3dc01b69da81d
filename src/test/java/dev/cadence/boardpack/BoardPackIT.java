package dev.cadence.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.nrr.NrrService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The board pack through its pages: a final version stays as it was whatever changes after, the board reads final
 * versions only, the CEO, the CFO and the CRO alone write, and bad input is refused with nothing changed.
 */
@CadenceIntegrationTest
class BoardPackIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    BoardPackService packs;
    @Autowired
    NrrService nrr;
    @Autowired
    PersonService people;

    @Test
    void aFinalPackStaysAsItWasAfterTheDataChangeAndANewVersionReadsThemAgain() throws Exception {
        String q = PackQuarters.fresh();
        CadenceUser cfo = people.principalOf("cfo");
        FiscalQuarter quarter = packs.quarter(q);
        nrr.setBaseline(quarter, money("10000000"), money("2500000"), 0, cfo);
        nrr.enterActuals(quarter, money("150000"), money("50000"), money("400000"), nrrVersion(quarter), cfo);
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");

        writeCommentary(ceo, q, 1, "summary", "A steady quarter on a $10M base.", null).andExpect(status().isOk());
        writeCommentary(ceo, q, 1, "arr-bridge", "Retention held.", null).andExpect(status().isOk());
        PackPage draft = packs.page(q, 1, cfo);
        assertThat(draft.content().bridge().current().start()).isEqualTo("$10M");
        mvc.perform(post("/board-packs/{q}/versions/1/finalize", q).param("packVersion", String.valueOf(draft.packVersion()))
                .session(ceo).with(csrf())).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/board-packs/{q}", q).session(ceo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Final · version 1", "$10M", "A steady quarter on a $10M base.");
        MvcResult first = mvc.perform(get("/board-packs/{q}.pdf", q).session(ceo)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn();
        byte[] pdf = first.getResponse().getContentAsByteArray();
        String hash = first.getResponse().getHeader("X-Content-SHA256");
        assertThat(hash).isEqualTo(BoardPackService.sha256(pdf)).isEqualTo(packs.page(q, 1, cfo).sha256());

        // Finance corrects the baseline after the board has the pack.
        nrr.setBaseline(quarter, money("12000000"), money("2500000"), nrrVersion(quarter), cfo);

        String after = mvc.perform(get("/board-packs/{q}", q).session(SignIn.demo(mvc, "board"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("$10M").doesNotContain("$12M");
        byte[] again = mvc.perform(get("/board-packs/{q}.pdf", q).session(SignIn.demo(mvc, "board"))).andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", hash)).andExpect(header().string("ETag", "\"" + hash + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(pdf);

        // Finalized once: its commentary is frozen too.
        writeCommentary(ceo, q, 1, "summary", "Rewritten later.", packs.page(q, 1, cfo).commentaryOf(PackSection.SUMMARY).version())
                .andExpect(status().isConflict());

        // A new version starts from the final one's commentary and reads the figures as they are now.
        mvc.perform(post("/board-packs/{q}/versions", q).session(ceo).with(csrf())).andExpect(status().is3xxRedirection());
        PackPage second = packs.page(q, null, cfo);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.isFinal()).isFalse();
        assertThat(second.content().bridge().current().start()).isEqualTo("$12M");
        assertThat(second.headline()).isEqualTo("A steady quarter on a $10M base.");
        assertThat(packs.page(q, 1, cfo).content().bridge().current().start()).isEqualTo("$10M");
        // The board still reads version 1.
        assertThat(packs.page(q, null, people.principalOf("board")).number()).isEqualTo(1);
    }

    @Test
    void theBoardReadsFinalVersionsOnlyAndWritesNothing() throws Exception {
        String q = PackQuarters.fresh();
        MockHttpSession board = SignIn.demo(mvc, "board");
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        mvc.perform(get("/board-packs/{q}", q).session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/board-packs/{q}.pdf", q).session(board)).andExpect(status().isForbidden());

        writeCommentary(ceo, q, 1, "summary", "Headline for the board.", null).andExpect(status().isOk());
        mvc.perform(get("/board-packs/{q}", q).session(board)).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/board-packs").session(board)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain(packs.quarter(q).label());
        finalizeAs(ceo, q, 1);

        mvc.perform(get("/board-packs/{q}", q).session(board)).andExpect(status().isOk());
        mvc.perform(get("/board-packs/{q}.pdf", q).session(board)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/board-packs").session(board)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(packs.quarter(q).label());

        mvc.perform(post("/board-packs/{q}/versions", q).session(ceo).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/board-packs/{q}", q).param("version", "2").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/board-packs/{q}.pdf", q).param("version", "2").session(board)).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/board-packs/{q}", q).session(board)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Final · version 1");

        writeCommentary(board, q, 2, "risks", "The board writes.", null).andExpect(status().isForbidden());
        mvc.perform(post("/board-packs/{q}/versions/2/finalize", q).param("packVersion", "0").session(board).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCeoTheCfoAndTheCroWriteTheCommentaryAndFinalize() throws Exception {
        String q = PackQuarters.fresh();
        for (String reader : new String[] {"cmo", "vpcs", "revops", "admin"}) {
            MockHttpSession session = SignIn.demo(mvc, reader);
            mvc.perform(get("/board-packs/{q}", q).session(session)).andExpect(status().isOk());
            writeCommentary(session, q, 1, "scorecard", "Written by " + reader, null).andExpect(status().isForbidden());
            mvc.perform(post("/board-packs/{q}/versions/1/finalize", q).param("packVersion", "0").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        for (String writer : new String[] {"ceo", "cfo", "cro"}) {
            PackPage now = packs.page(q, 1, people.principalOf(writer));
            writeCommentary(SignIn.demo(mvc, writer), q, 1, "scorecard", "Written by " + writer,
                    now.commentaryOf(PackSection.SCORECARD).version()).andExpect(status().isOk());
        }
        assertThat(packs.page(q, 1, people.principalOf("ceo")).commentaryOf(PackSection.SCORECARD).body()).isEqualTo("Written by cro");
    }

    @Test
    void aStaleCommentaryIsRefusedWithWhatTheOtherPersonWrote() throws Exception {
        String q = PackQuarters.fresh();
        writeCommentary(SignIn.demo(mvc, "cfo"), q, 1, "forecast", "The CFO's reading of the call.", null).andExpect(status().isOk());
        String refused = writeCommentary(SignIn.demo(mvc, "cro"), q, 1, "forecast", "The CRO's reading.", null)
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Tom Lindqvist wrote this section", "The CFO&#39;s reading of the call.", "The CRO&#39;s reading.");
        assertThat(packs.page(q, 1, people.principalOf("ceo")).commentaryOf(PackSection.FORECAST).body())
                .isEqualTo("The CFO's reading of the call.");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        mvc.perform(get("/board-packs/{q}", "next-quarter").session(ceo)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/board-packs/{q}.pdf", "FY2027-Q9").session(ceo)).andExpect(status().isUnprocessableContent());
        String future = packs.currentQuarter().plus(2).key();
        assertThat(mvc.perform(get("/board-packs/{q}", future).session(ceo)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString()).contains("has not begun");

        String q = PackQuarters.fresh();
        mvc.perform(get("/board-packs/{q}", q).param("version", "7").session(ceo)).andExpect(status().isNotFound());
        writeCommentary(ceo, q, 1, "appendix", "No such section.", null).andExpect(status().isNotFound());
        String tooLong = writeCommentary(ceo, q, 1, "summary", "x".repeat(301), null).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("The headline is at most 300 characters; this one has 301.");
        assertThat(packs.list(people.principalOf("ceo"))).noneMatch(r -> r.quarterKey().equals(q) && !r.versions().isEmpty());

        // Finalizing needs the headline; nothing is frozen without it.
        writeCommentary(ceo, q, 1, "risks", "A risk.", null).andExpect(status().isOk());
        long version = packs.page(q, 1, people.principalOf("ceo")).packVersion();
        mvc.perform(post("/board-packs/{q}/versions/1/finalize", q).param("packVersion", String.valueOf(version)).session(ceo).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("Write the leadership's headline"));
        assertThat(packs.page(q, 1, people.principalOf("ceo")).isFinal()).isFalse();

        // A finalize from a page opened before someone else's commentary is refused: nobody freezes what they have not read.
        writeCommentary(SignIn.demo(mvc, "cfo"), q, 1, "summary", "The headline.", null).andExpect(status().isOk());
        mvc.perform(post("/board-packs/{q}/versions/1/finalize", q).param("packVersion", String.valueOf(version)).session(ceo).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("changed this draft"));
        assertThat(packs.page(q, 1, people.principalOf("ceo")).isFinal()).isFalse();
        mvc.perform(post("/board-packs/{q}/versions/1/paper", q).param("paper", "folio").param("packVersion", "0").session(ceo).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("A4 or US Letter"));
    }

    private org.springframework.test.web.servlet.ResultActions writeCommentary(MockHttpSession session, String q, int number, String section,
                                                                              String body, Long version) throws Exception {
        var request = post("/board-packs/{q}/versions/{n}/commentary/{s}", q, number, section).param("body", body)
                .header("HX-Request", "true").session(session).with(csrf());
        if (version != null) {
            request.param("version", String.valueOf(version));
        }
        return mvc.perform(request);
    }

    private void finalizeAs(MockHttpSession session, String q, int number) throws Exception {
        long version = packs.page(q, number, people.principalOf("ceo")).packVersion();
        mvc.perform(post("/board-packs/{q}/versions/{n}/finalize", q, number).param("packVersion", String.valueOf(version))
                .session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(packs.page(q, number, people.principalOf("ceo")).isFinal()).isTrue();
    }

    private long nrrVersion(FiscalQuarter quarter) {
        return nrr.page(quarter.key(), people.principalOf("cfo")).quarterVersion();
    }

    private static TypedNumber money(String amount) {
        return new TypedNumber(new BigDecimal(amount));
    }
}
