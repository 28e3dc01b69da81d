package dev.cadence.boardpack;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.cadence.support.BrowserTest;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The CEO writes the headline and a section's commentary in the browser, finalizes the pack, and downloads its PDF. */
class BoardPackJourneyIT extends BrowserTest {

    @Test
    void writeCommentaryFinalizeAndDownload() throws Exception {
        String q = PackQuarters.fresh();
        Page ceo = signIn("ceo", "demo");
        ceo.navigate(url("/board-packs/" + q));
        assertThat(ceo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Draft · version 1");

        Locator summary = ceo.locator("#commentary-summary");
        summary.getByLabel("Headline, one sentence").fill("A quarter we would repeat: retention held and the plan is intact.");
        summary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the headline")).click();
        assertThat(ceo.locator("#commentary-summary .pack-commentary__saved")).hasText("Saved.");
        assertThat(ceo.locator("#commentary-summary blockquote")).hasText("A quarter we would repeat: retention held and the plan is intact.");

        Locator risks = ceo.locator("#commentary-risks");
        risks.getByLabel("Commentary").fill("Ask: two introductions to CFOs in the board's network.");
        risks.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save commentary")).click();
        assertThat(ceo.locator("#commentary-risks blockquote")).hasText("Ask: two introductions to CFOs in the board's network.");

        ceo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finalize version 1")).click();
        assertThat(ceo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Final · version 1");
        assertThat(ceo.locator(".flash")).containsText("is final");
        assertThat(ceo.locator("#commentary-summary textarea")).hasCount(0);
        String hash = ceo.locator(".pack-hash").first().textContent().strip();

        Download download = ceo.waitForDownload(() -> ceo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the PDF")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(BoardPackService.sha256(pdf)).isEqualTo(hash);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith("board-pack-" + q + "-v1.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains("A quarter we would repeat: retention held and the plan is intact.",
                    "Ask: two introductions to CFOs in the board's network.", "8. Risks and asks of the board");
        }
    }
}
