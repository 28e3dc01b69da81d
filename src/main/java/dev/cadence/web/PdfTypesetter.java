package dev.cadence.web;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * HTML typeset as a PDF the one way every PDF of Cadence is made (the meeting recap, the board pack): a tagged PDF
 * (PDF/UA: a structure tree, marked content, the document's title from its {@code <title>} shown as the window's title,
 * its language from {@code <html lang>}), set in "Cadence Sans" — DejaVu Sans (every name, dash and quote) embedded with
 * its Unicode map — without ligatures, so that text is searched, copied and read aloud as written ("office", not
 * "oﬃce").
 *
 * <p>Ligatures: PDFBox 3 applies a font's OpenType substitutions (GSUB: fi, ff, ffi…) as it writes Latin text, and the
 * PDF then holds a glyph a copy turns into U+FB03. The font is handed over without its GSUB table (renamed in the table
 * directory, so the table is skipped as unknown and never embedded); DejaVu's Latin, Greek and Cyrillic need no
 * substitution. The font's bytes are read once.
 */
public final class PdfTypesetter {

    /** The family the PDF templates name in their CSS. */
    public static final String FAMILY = "Cadence Sans";

    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/Library/Fonts/Arial Unicode.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf");

    /** The fonts without substitutions, read once; empty when the system has none (Helvetica then, untagged fonts). */
    private static final Optional<byte[]> REGULAR_FONT = withoutSubstitutions(REGULAR);
    private static final Optional<byte[]> BOLD_FONT = withoutSubstitutions(BOLD);

    private PdfTypesetter() {
    }

    /**
     * The HTML as a tagged PDF. {@code customise} adds what one kind of document needs besides (an SVG drawer);
     * {@code compression}: how the file is saved ({@link CompressParameters#NO_COMPRESSION} for a classic
     * cross-reference table that qpdf finds nothing to warn about).
     */
    public static byte[] typeset(String html, Consumer<PdfRendererBuilder> customise, CompressParameters compression) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            REGULAR_FONT.ifPresent(font -> builder.useFont(() -> new ByteArrayInputStream(font), FAMILY, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true));
            BOLD_FONT.ifPresent(font -> builder.useFont(() -> new ByteArrayInputStream(font), FAMILY, 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true));
            customise.accept(builder);
            builder.withHtmlContent(html, null);
            builder.withProducer("Cadence");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                renderer.getPdfDocument().save(out, compression);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset the PDF", e);
        }
    }

    private static Optional<byte[]> withoutSubstitutions(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst().map(path -> {
            try {
                return withoutTable(Files.readAllBytes(path), "GSUB");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the font " + path, e);
            }
        });
    }

    /**
     * The TrueType font with the table {@code tag} renamed in its table directory (to the same tag in lowercase: a
     * name no reader knows), so that it is read and embedded as a font without that table. A font without it, or
     * that is no single TrueType font, comes back as it is.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        if (font.length < 12) {
            return font;
        }
        int version = readInt(font, 0);
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */) {
            return font;
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = font.clone();
        for (int i = 0; i < tables; i++) {
            int record = 12 + i * 16;
            if (record + 16 > copy.length) {
                break;
            }
            if (copy[record] == wanted[0] && copy[record + 1] == wanted[1] && copy[record + 2] == wanted[2]
                    && copy[record + 3] == wanted[3]) {
                byte[] renamed = tag.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(renamed, 0, copy, record, 4);
            }
        }
        return copy;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
