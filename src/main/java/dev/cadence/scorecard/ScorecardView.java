package dev.cadence.scorecard;

import dev.cadence.company.SegmentView;
import java.util.List;

/** The whole scorecard page. {@code segment} is null for "all segments" (company-wide values). */
public record ScorecardView(List<ScorecardSection> sections, List<SegmentView> segments, SegmentView segment,
                            int approvedCount, long pendingProposals, boolean canGovern,
                            boolean canImport) {

    public static final int FEWEST_METRICS = 8;
    public static final int MOST_METRICS = 12;

    /** "One scorecard" has 8 to 12 metrics; outside that, the page says so. */
    public String sizeWarning() {
        if (approvedCount < FEWEST_METRICS) {
            return "Only " + approvedCount + " approved metric" + (approvedCount == 1 ? "" : "s")
                    + ": one scorecard explains outcomes with 8 to 12 metrics.";
        }
        if (approvedCount > MOST_METRICS) {
            return approvedCount + " approved metrics: one scorecard stays focused with 8 to 12. Retire the ones nobody acts on.";
        }
        return null;
    }
}
