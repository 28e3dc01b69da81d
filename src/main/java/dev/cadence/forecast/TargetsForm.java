package dev.cadence.forecast;

import dev.cadence.web.TypedNumber;
import java.util.ArrayList;
import java.util.List;

/** The bookings targets of one quarter, a line per segment, each with the version its editor saw (none: no target yet). */
public class TargetsForm {

    private String quarter;
    private List<Line> lines = new ArrayList<>();

    public static class Line {
        private String segment;
        private String segmentName;
        private TypedNumber amount;
        private Long version;

        public String getSegment() { return segment; }
        public void setSegment(String segment) { this.segment = segment; }
        public String getSegmentName() { return segmentName; }
        public void setSegmentName(String segmentName) { this.segmentName = segmentName; }
        public TypedNumber getAmount() { return amount; }
        public void setAmount(TypedNumber amount) { this.amount = amount; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
