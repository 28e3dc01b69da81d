package dev.cadence.scorecard;

/**
 * One row of a values CSV as the import report shows it.
 *
 * @param line   the line in the file (the header is line 1)
 * @param action {@code create}, {@code update}, {@code unchanged}, or null when the row is in error
 * @param error  what is wrong with the row, or null
 */
public record ImportRow(long line, String metricKey, String period, String segment, String value, String narrative,
                        String action, String error) {
}
