package dev.cadence.scorecard;

import dev.cadence.web.RuleViolationException;

/** An import with at least one bad row: nothing was stored; the report says what is wrong, row by row. */
public class ImportRefusedException extends RuleViolationException {

    private final transient ImportReport report;

    ImportRefusedException(ImportReport report) {
        super(report.errors() + " problem" + (report.errors() == 1 ? "" : "s")
                + " in the file; nothing was imported. Fix the rows listed and import the whole file again.");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
