package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PdfChecks;
import dev.cadence.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The recap's PDF is a tagged PDF with its title and language, and its text is the text as written: "office" and
 * "affected" copy and read aloud as such, not with the ligature glyphs "ﬃ" and "ﬀ" the font would substitute.
 */
@CadenceIntegrationTest
class RecapPdfIT {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;
    @Autowired
    MockMvc mvc;

    @Test
    void theRecapPdfIsTaggedTitledInEnglishAndHoldsNoLigatureGlyphs() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        long meeting = fixture.nextMeeting();
        AsPerson.run(cro, () -> {
            commands.start(meeting, ceo);
            commands.recordDecision(meeting, "Office hours for affected fleet accounts", "The field office staffs a fluffy first-line desk.",
                    "Efficiency of official offers", cro.personId(), null, null, null, cro);
        });
        fixture.closeWithMessage(meeting, "Account teams tell affected customers themselves; the office confirms in writing.", true);
        MockHttpSession session = SignIn.demo(mvc, "ceo");

        byte[] pdf = recap(session, meeting);
        long started = System.nanoTime();
        byte[] again = recap(session, meeting);
        long millis = (System.nanoTime() - started) / 1_000_000;

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfChecks.assertTaggedPlainText(document, "Recap · ");
            String glyphs = PdfChecks.glyphText(document);
            assertThat(glyphs).contains("Office", "affected", "fluffy", "office", "Officer");
        }
        assertThat(again).isNotEmpty();
        // Typeset on request: a second recap (fonts read, templates compiled) comes back well within a page load, even on
        // the suite's two shared cores.
        assertThat(millis).as("a recap PDF's typesetting, ms").isLessThan(3_000);
    }

    private byte[] recap(MockHttpSession session, long meeting) throws Exception {
        return mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }
}
