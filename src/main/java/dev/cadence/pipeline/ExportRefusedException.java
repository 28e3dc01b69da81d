package dev.cadence.pipeline;

import dev.cadence.web.RuleViolationException;
import java.util.List;

/** An export that cannot be stored as it is, with what is wrong with the file and with each line; nothing was stored. */
public class ExportRefusedException extends RuleViolationException {

    private final transient List<String> fileErrors;
    private final transient List<LineErrors> lineErrors;

    ExportRefusedException(String message, List<String> fileErrors, List<LineErrors> lineErrors) {
        super(message);
        this.fileErrors = List.copyOf(fileErrors);
        this.lineErrors = List.copyOf(lineErrors);
    }

    public List<String> fileErrors() {
        return fileErrors;
    }

    public List<LineErrors> lineErrors() {
        return lineErrors;
    }

    /** A line of the file and what is wrong with it. */
    public record LineErrors(int line, String dealId, List<String> errors) {
    }
}
