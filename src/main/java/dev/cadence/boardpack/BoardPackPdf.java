package dev.cadence.boardpack;

import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import dev.cadence.web.PdfTypesetter;
import java.util.Locale;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The pack as a PDF: the same section content as the page, typeset by openhtmltopdf on A4 or US Letter with a cover,
 * a table of contents, the company's name, "Confidential" and the page number on every page, and the charts as
 * vector graphics (inline SVG drawn by Batik, without script or external resources). Tagged, with its title and
 * language, its text without ligatures, so that it can be searched, copied and read aloud as written
 * ({@link PdfTypesetter}).
 */
@Component
class BoardPackPdf {

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
        // Saved with a classic cross-reference table: PDFBox's compressed object streams leave a trailer size that
        // qpdf --check warns about, and a board member's tools should find nothing to complain of.
        return PdfTypesetter.typeset(templates.process("boardpack/pdf", context),
                builder -> builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE)),
                CompressParameters.NO_COMPRESSION);
    }
}
