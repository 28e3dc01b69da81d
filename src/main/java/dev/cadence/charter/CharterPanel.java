package dev.cadence.charter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The charter as the GTM council sees it on its day: the version then ({@code null} before the charter was written),
 * the proposals waiting for the CEO then, and the versions approved in the month up to that day.
 *
 * @param since the day the month began (approvals after it count)
 */
public record CharterPanel(VersionSummary version, List<Waiting> waiting, List<VersionSummary> approved, LocalDate since) {

    /** A proposal that waited on the day: who, when, why, and the sections it would change. */
    public record Waiting(String proposedBy, Instant proposedAt, String rationale, List<String> sections) {
    }

    /** "1 proposal waiting · version 3 approved on 12 Nov", for the panel's line. */
    String summary() {
        String waits = waiting.isEmpty() ? "No proposal waiting" : waiting.size() + (waiting.size() == 1 ? " proposal" : " proposals")
                + " waiting for the CEO";
        if (approved.isEmpty()) {
            return waits + (version == null ? "; no charter written yet" : "; version " + version.number() + " unchanged this month");
        }
        return waits + "; " + (approved.size() == 1 ? "1 change" : approved.size() + " changes") + " approved this month";
    }
}
