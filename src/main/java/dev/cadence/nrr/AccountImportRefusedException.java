package dev.cadence.nrr;

/** An import of at-risk accounts with a bad line or a bad file: nothing was stored. */
public class AccountImportRefusedException extends RuntimeException {

    private final AccountImport report;

    AccountImportRefusedException(AccountImport report) {
        super(report.errors() + " problem" + (report.errors() == 1 ? "" : "s") + " in the file: nothing was imported.");
        this.report = report;
    }

    public AccountImport report() {
        return report;
    }
}
