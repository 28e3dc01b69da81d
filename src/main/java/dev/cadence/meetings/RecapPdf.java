package dev.cadence.meetings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The recap as a PDF: the same Thymeleaf content as the page, typeset by openhtmltopdf on A4 with page numbers. */
@Component
class RecapPdf {

    /** A Unicode font when the system has one (names, dashes and quotes of every language); Helvetica otherwise. */
    private static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/Library/Fonts/Arial Unicode.ttf");
    private static final List<String> BOLD_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf");

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
        String html = templates.process("meetings/recap-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            firstExisting(FONT_CANDIDATES).ifPresent(f -> builder.useFont(f, "Cadence Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true));
            firstExisting(BOLD_CANDIDATES).ifPresent(f -> builder.useFont(f, "Cadence Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true));
            builder.withHtmlContent(html, null);
            builder.withProducer("Cadence");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset the recap", e);
        }
    }

    private static java.util.Optional<File> firstExisting(List<String> paths) {
        return paths.stream().map(File::new).filter(File::canRead).findFirst();
    }
}
