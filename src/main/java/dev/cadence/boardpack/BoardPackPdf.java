package dev.cadence.boardpack;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The pack as a PDF: the same section content as the page, typeset by openhtmltopdf on A4 or US Letter with a cover,
 * a table of contents, the company's name, "Confidential" and the page number on every page, and the charts as
 * vector graphics (inline SVG drawn by Batik, without script or external resources). The text is set in a font
 * embedded with its Unicode map, without ligatures, so that it can be searched and copied as written.
 */
@Component
class BoardPackPdf {

    /** DejaVu Sans first (every name, dash and quote), as the meeting recap does; Helvetica when the system has none. */
    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/Library/Fonts/Arial Unicode.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf");

    private final SpringTemplateEngine templates;

    BoardPackPdf(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** The version as typeset on {@code paper}; {@code draft} marks every page as a draft. */
    byte[] render(PackPage page, Paper paper, boolean draft) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("pack", page);
        context.setVariable("figures", page.content());
        context.setVariable("paper", paper);
        context.setVariable("draft", draft);
        context.setVariable("pdf", true);
        String html = templates.process("boardpack/pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            firstExisting(REGULAR).ifPresent(f -> builder.useFont(f, "Cadence Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true));
            firstExisting(BOLD).ifPresent(f -> builder.useFont(f, "Cadence Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true));
            builder.withHtmlContent(html, null);
            builder.withProducer("Cadence");
            // Saved with a classic cross-reference table: PDFBox's compressed object streams leave a trailer size that
            // qpdf --check warns about, and a board member's tools should find nothing to complain of.
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                renderer.getPdfDocument().save(out, CompressParameters.NO_COMPRESSION);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset the board pack", e);
        }
    }

    private static Optional<File> firstExisting(List<String> paths) {
        return paths.stream().map(File::new).filter(File::canRead).findFirst();
    }
}
