package dev.cadence.pipeline;

import dev.cadence.period.FiscalQuarter;
import java.time.LocalDate;

/**
 * The pipeline as a weekly review meeting sees it on its day: the latest snapshot on or before that day, the one
 * before it, and the fiscal quarter of the meeting's day. A later snapshot never changes what an earlier meeting saw.
 *
 * @param asOf the meeting's day
 */
public record ReviewWeek(LocalDate asOf, long fromId, LocalDate from, long toId, LocalDate to, FiscalQuarter quarter) {

    FlowReads.Between between() {
        return new FlowReads.Between(fromId, toId, quarter.start(), quarter.end(), null);
    }

    /** {@code /pipeline/flow} with these two snapshots and this quarter. */
    public String flowUrl() {
        return "/pipeline/flow?from=" + from + "&to=" + to + "&quarter=" + quarter.key();
    }

    /** {@code /pipeline/flow/deals} of one bucket, with these two snapshots and this quarter. */
    public String bucketUrl(FlowBucket bucket) {
        return "/pipeline/flow/deals?bucket=" + bucket.param() + "&from=" + from + "&to=" + to + "&quarter=" + quarter.key();
    }
}
