package dev.cadence.meetings;

import dev.cadence.web.PdfTypesetter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The recap as a PDF: the same Thymeleaf content as the page, typeset by openhtmltopdf on A4 (or US Letter) with page
 * numbers, as a tagged PDF with its title and language, its text without ligatures ({@link PdfTypesetter}).
 */
@Component
class RecapPdf {

    private final SpringTemplateEngine templates;

    RecapPdf(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** The recap with its sections' data panels (by section id), on A4, or on US Letter when {@code letter}. */
    byte[] render(RecapView recap, Map<Long, PanelView> panels, boolean letter) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("recap", recap);
        context.setVariable("panels", panels);
        context.setVariable("pdf", true);
        context.setVariable("letter", letter);
        return PdfTypesetter.typeset(templates.process("meetings/recap-pdf", context), builder -> { },
                CompressParameters.DEFAULT_COMPRESSION);
    }
}
