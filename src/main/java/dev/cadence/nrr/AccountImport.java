package dev.cadence.nrr;

import java.util.List;

/**
 * What an import of at-risk accounts would do (preview) or did (commit), line by line. Nothing is stored unless every
 * line is valid.
 */
public record AccountImport(List<Line> lines, List<String> fileErrors, boolean committed) {

    /**
     * One line of the file (the header is line 1).
     *
     * @param action {@code create}, {@code update}, {@code unchanged}, or null when the line is in error
     */
    public record Line(long line, String account, String arr, String renewalDate, String risk, String owner, String escalation,
                       String action, String error) {
    }

    public long count(String action) {
        return lines.stream().filter(l -> action.equals(l.action())).count();
    }

    public long errors() {
        return fileErrors.size() + lines.stream().filter(l -> l.error() != null).count();
    }

    public boolean valid() {
        return errors() == 0 && !lines.isEmpty();
    }

    public String summary() {
        return count("create") + " new, " + count("update") + " updated, " + count("unchanged") + " unchanged";
    }

    /** The lines in error, as {@code line: what is wrong}. */
    public List<String> lineErrors() {
        return lines.stream().filter(l -> l.error() != null).map(l -> "line " + l.line() + ": " + l.error()).toList();
    }
}
