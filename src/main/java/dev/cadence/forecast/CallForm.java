package dev.cadence.forecast;

import dev.cadence.web.TypedNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What the call form posts: this week's call for each segment (commit, best case, why it moved; the version of the
 * call the caller saw for this week, none when there was none), and why someone other than the decider calls it.
 */
public class CallForm {

    private String quarter;
    private Integer week;
    @Size(max = 2000, message = "Keep the reason under 2,000 characters.")
    private String overrideReason;
    @Valid
    private List<Line> lines = new ArrayList<>();

    /** One segment's line. */
    public static class Line {
        private String segment;
        private String segmentName;
        private TypedNumber commit;
        private TypedNumber bestCase;
        @Size(max = 2000, message = "Keep the reason under 2,000 characters.")
        private String reason;
        private Long version;

        public String getSegment() { return segment; }
        public void setSegment(String segment) { this.segment = segment; }
        public String getSegmentName() { return segmentName; }
        public void setSegmentName(String segmentName) { this.segmentName = segmentName; }
        public TypedNumber getCommit() { return commit; }
        public void setCommit(TypedNumber commit) { this.commit = commit; }
        public TypedNumber getBestCase() { return bestCase; }
        public void setBestCase(TypedNumber bestCase) { this.bestCase = bestCase; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** The form as the page offers it: this week's call where one was made, else last week's figures to start from. */
    static CallForm from(CallAsOf now, int week) {
        CallForm form = new CallForm();
        form.setQuarter(now.quarter().key());
        form.setWeek(week);
        for (CallFigures f : now.segments()) {
            Line line = new Line();
            line.setSegment(f.segmentKey());
            line.setSegmentName(f.segmentName());
            CallView call = f.thisWeek();
            if (call != null) {
                line.setCommit(TypedNumber.of(call.commit().stripTrailingZeros()));
                line.setBestCase(TypedNumber.of(call.bestCase().stripTrailingZeros()));
                if (call.week() == week) {
                    line.setVersion(call.version());
                    line.setReason(call.reason());
                }
            }
            form.getLines().add(line);
        }
        return form;
    }

    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public Integer getWeek() { return week; }
    public void setWeek(Integer week) { this.week = week; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
