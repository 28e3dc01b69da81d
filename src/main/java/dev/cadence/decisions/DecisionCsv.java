package dev.cadence.decisions;

import dev.cadence.web.SpreadsheetCsv;
import java.util.Arrays;
import java.util.List;

/** The log as CSV ({@link SpreadsheetCsv}: RFC 4180, formulas defused), one decision per row, with the message to the org. */
final class DecisionCsv {

    private static final List<String> HEADER = List.of("id", "title", "status", "decision area", "decided by", "decided on",
            "meeting", "decision", "message to the org", "times reopened");

    private DecisionCsv() {
    }

    static String of(List<DecisionSummary> decisions) {
        return SpreadsheetCsv.write(HEADER, decisions.stream().map(d -> Arrays.<Object>asList(d.id(), d.title(),
                d.statusLabel(), d.areaName(), d.deciderName(), d.decidedOn() == null ? null : d.decidedOn().toString(),
                d.meetingLabel(), d.outcome(), d.message(), d.reopenCount())).toList());
    }
}
