package dev.cadence.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.web.multipart.MultipartFile;

/**
 * A CSV people upload to import (scorecard values, at-risk accounts), read the one way: a byte-order mark skipped, a
 * header that must name the required columns, at most so many rows, cells trimmed and restored from their spreadsheet
 * defusing ({@link SpreadsheetCsv#restore}), and a row with a control character refused as it is.
 */
public final class UploadedCsv {

    private UploadedCsv() {
    }

    /**
     * The rows read and what is wrong with the file as a whole. {@code refused}: the file cannot be imported at all
     * (empty, columns missing, too many rows, not CSV), so no row is planned; a header without rows is an error too,
     * but not a refusal.
     */
    public record Read(List<CSVRecord> records, List<String> errors, boolean refused) {
    }

    /**
     * The CSV an upload form sent: the chosen file's (as UTF-8) or the pasted text, never one silently over the other;
     * both at once are refused (on {@code csv}), so that nothing pasted is lost without a word.
     */
    public static String text(MultipartFile file, String pasted) throws IOException {
        boolean chosen = file != null && !file.isEmpty();
        if (chosen && pasted != null && !pasted.isBlank()) {
            throw new RuleViolationException("csv", "You chose a file and pasted text too: Cadence reads one of them. "
                    + "Clear the text to preview the file, or preview the text without choosing a file.");
        }
        return chosen ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
    }

    public static Read read(String csv, List<String> columns, List<String> required, int maxRows) {
        if (csv == null || csv.isBlank()) {
            return refused("The file is empty. Its first line names the columns: " + String.join(",", columns) + ".");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<String> missing = required.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return refused("The first line must name the columns " + String.join(",", columns) + "; missing: "
                        + String.join(", ", missing) + ".");
            }
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > maxRows) {
                    return refused("The file has more than " + maxRows + " rows; split it.");
                }
            }
        } catch (IOException | RuntimeException e) {
            return refused("The file is not readable CSV: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        if (records.isEmpty()) {
            errors.add("The file has a header but no rows.");
        }
        return new Read(records, errors, false);
    }

    private static Read refused(String error) {
        return new Read(List.of(), new ArrayList<>(List.of(error)), true);
    }

    /** The cell as written; a text cell of an export comes back as it was (without the apostrophe that defused it). */
    public static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? SpreadsheetCsv.restore(record.get(column).trim()) : "";
    }

    /** What is wrong with the first cell of the row that holds a control character, or {@code null}. */
    public static String controlCharacter(CSVRecord record, List<String> columns) {
        for (String column : columns) {
            try {
                UserText.requireNoControlCharacters(cell(record, column), column);
            } catch (RuleViolationException refused) {
                return "In " + column + ": " + refused.getMessage();
            }
        }
        return null;
    }
}
