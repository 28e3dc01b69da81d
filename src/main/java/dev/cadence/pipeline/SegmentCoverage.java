package dev.cadence.pipeline;

import java.math.BigDecimal;

/**
 * One segment's quarter (or all segments' when {@code total}) as the forecast review sees it on its day: won so far,
 * the open pipeline closing in the quarter by forecast category, the same open pipeline a snapshot earlier, and the
 * open pipeline closing in the next quarter.
 */
public record SegmentCoverage(String segment, boolean total, BigDecimal won, BigDecimal commit, BigDecimal bestCase,
                              BigDecimal pipeline, BigDecimal open, BigDecimal openBefore, BigDecimal nextQuarter) {

    public BigDecimal openChange() {
        return open.subtract(openBefore);
    }

    public String openChangeLabel() {
        return FlowChart.signedMoney(openChange());
    }

    /** Won plus commit: what the quarter lands at if every commit closes. */
    public BigDecimal wonAndCommit() {
        return won.add(commit);
    }
}
