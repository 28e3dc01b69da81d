package dev.cadence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF of Cadence must be for whoever searches, copies or listens to it: tagged, titled, in its language, plain text. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /**
     * The text as the PDF holds it, glyph by glyph. Not {@link PDFTextStripper#getText}: that one turns a ligature glyph
     * (U+FB01 "ﬁ") back into letters, and would hide the very thing a copy or a screen reader gets wrong.
     */
    public static String glyphText(PDDocument document) {
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                text.append(position.getUnicode());
                super.processTextPosition(position);
            }
        };
        try {
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** No ligature glyph (U+FB00–U+FB06) in the text, a structure tree and MarkInfo (tagged), a title shown as such, a language. */
    public static void assertTaggedPlainText(PDDocument document, String titleStart) {
        assertThat(glyphText(document)).as("glyphs as written, no ligatures").doesNotContainPattern("[\\uFB00-\\uFB06]");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
        assertThat(catalog.getStructureTreeRoot().getKids()).as("the structure tree's elements").isNotEmpty();
        assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
        assertThat(catalog.getLanguage()).as("/Lang").isEqualTo("en");
        assertThat(document.getDocumentInformation().getTitle()).as("title").startsWith(titleStart);
        assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
        assertThat(catalog.getViewerPreferences().displayDocTitle()).as("the title, not the file name, in the window").isTrue();
    }
}
