package dev.cadence.decisions;

import java.util.List;

/** The log as CSV (RFC 4180), one decision per row, with the message to the org. */
final class DecisionCsv {

    private DecisionCsv() {
    }

    static String of(List<DecisionSummary> decisions) {
        StringBuilder csv = new StringBuilder("id,title,status,decision area,decided by,decided on,meeting,decision,"
                + "message to the org,times reopened\r\n");
        for (DecisionSummary d : decisions) {
            csv.append(d.id()).append(',')
                    .append(cell(d.title())).append(',')
                    .append(cell(d.statusLabel())).append(',')
                    .append(cell(d.areaName())).append(',')
                    .append(cell(d.deciderName())).append(',')
                    .append(d.decidedOn() == null ? "" : d.decidedOn().toString()).append(',')
                    .append(cell(d.meetingLabel())).append(',')
                    .append(cell(d.outcome())).append(',')
                    .append(cell(d.message())).append(',')
                    .append(d.reopenCount()).append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes when needed; a leading = + - @ is defused so that spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
