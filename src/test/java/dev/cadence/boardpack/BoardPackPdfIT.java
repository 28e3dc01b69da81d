package dev.cadence.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PdfChecks;
import dev.cadence.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo company's last quarter, as the board received it: every section's heading and figures in the PDF's text
 * (searchable as written: no ligature glyphs), the company's name and "Confidential" on every page with its number,
 * the paper chosen, and a file qpdf finds sound.
 */
@CadenceIntegrationTest
class BoardPackPdfIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    BoardPackService packs;
    @Autowired
    PersonService people;

    @Test
    void theFinalPdfHoldsEverySectionWithItsFiguresAsSearchableTextAndPassesQpdf() throws Exception {
        CadenceUser board = people.principalOf("board");
        String last = packs.currentQuarter().previous().key();
        PackPage pack = packs.page(last, null, board);
        assertThat(pack.isFinal()).as("the demo's last quarter is final").isTrue();

        byte[] pdf = mvc.perform(get("/board-packs/{q}.pdf", last).session(SignIn.demo(mvc, "board"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(8);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Contents", pack.content().companyName(), pack.content().quarterLongLabel());
            for (PackSection s : PackSection.values()) {
                assertThat(text).as("heading of " + s).contains(s.heading());
            }
            for (PackContent.Headline h : pack.content().headlines()) {
                assertThat(text).as("headline figure " + h.name()).contains(h.name(), h.value());
            }
            pack.content().scorecard().metrics().forEach(m -> assertThat(text).contains(m.name()));
            PackContent.SegmentPlan total = pack.content().forecast().total();
            assertThat(text).contains(total.target(), total.closedWon());
            PackContent.BridgeQuarter bridge = pack.content().bridge().current();
            assertThat(text).contains(bridge.start(), bridge.expansion(), bridge.end(), bridge.nrr());
            pack.content().bridge().components().forEach(c -> assertThat(text).contains(c.name(), c.owner()));
            pack.content().drivers().trees().forEach(t -> assertThat(text).contains(t.name(), t.outcome()));
            pack.content().decisions().decided().forEach(d -> assertThat(text).contains(d.title()));
            pack.content().experiments().concluded().forEach(e -> assertThat(text).contains(e.title()));
            pack.content().risks().flagged().forEach(r -> assertThat(text).contains(r.substring(0, Math.min(40, r.length()))));
            assertThat(text).contains(pack.headline());
            // Search finds words as written: "fi", "fl", "ff" are letters, not ligature glyphs. The stripper's text turns a
            // ligature glyph back into letters, so the glyphs themselves are checked (PdfChecks), with the tagging.
            assertThat(text).contains("Confidential", "final", "figures", "Flagged", "Forecast vs plan");
            PdfChecks.assertTaggedPlainText(document, pack.content().companyName() + " · Board pack · ");
            assertThat(PdfChecks.glyphText(document)).contains("Confidential", "final", "figures");

            PDFTextStripper perPage = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                perPage.setStartPage(p);
                perPage.setEndPage(p);
                String page = perPage.getText(document).replaceAll("\\s+", " ");
                assertThat(page).as("page " + p).contains(pack.content().companyName(), "Confidential", "Page " + p + " of " + pages);
            }
            PDRectangle size = document.getPage(0).getMediaBox();
            PDRectangle expected = pack.paper() == Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
            assertThat(size.getWidth()).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
        assertPassesQpdf(pdf);
    }

    @Test
    void aDraftPdfOnUsLetterSaysItIsADraftAndPassesQpdf() throws Exception {
        String q = PackQuarters.fresh();
        CadenceUser cfo = people.principalOf("cfo");
        packs.saveCommentary(q, 1, PackSection.SUMMARY, "Draft headline, flagged for review.", null, cfo);
        packs.choosePaper(q, 1, "LETTER", packs.page(q, 1, cfo).packVersion(), cfo);
        byte[] pdf = mvc.perform(get("/board-packs/{q}.pdf", q).session(SignIn.demo(mvc, "cfo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("DRAFT", "Draft headline, flagged for review.",
                    "The scorecard has no values for this quarter", "No decision was recorded");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
        }
        assertPassesQpdf(pdf);
    }

    static void assertPassesQpdf(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("board-pack", ".pdf");
        try {
            Files.write(file, pdf);
            Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            String out = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(qpdf.exitValue()).as("qpdf --check: " + out).isZero();
            assertThat(out).contains("No syntax or stream encoding errors found");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
