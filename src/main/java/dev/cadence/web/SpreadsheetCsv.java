package dev.cadence.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Cadence exports (RFC 4180, CRLF, UTF-8), written so that opening it in a spreadsheet runs
 * nothing (CSV injection, OWASP): a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}
 * (or their full-width forms), a tab or a carriage return is written with a leading apostrophe, which
 * spreadsheets show as text. Numbers are written as numbers, never defused ({@code -3} stays a number).
 * An import reading an exported file takes the apostrophe off again ({@link #restore}), so that an export
 * imports back unchanged.
 */
public final class SpreadsheetCsv {

    /** What a spreadsheet may take as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCsv() {
    }

    /** The file: a header line, then one line per row; each cell text (defused), a number, or null (empty). */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** One cell as written: text defused, a number in plain digits, null as empty. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return defused(value.toString());
    }

    /** The text with a leading apostrophe when a spreadsheet could run it as a formula. */
    public static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell of an imported file as it was before {@link #defused} (an exported narrative {@code '=A1} is {@code =A1}). */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
