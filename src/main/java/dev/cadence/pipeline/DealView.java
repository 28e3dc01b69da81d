package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal as a snapshot shows it, with what the snapshots before it say: how often it was pushed, since when unchanged. */
public record DealView(String dealId, String name, String account, String owner, String segment, String stage,
                       StageMeaning meaning, BigDecimal amount, LocalDate closeDate, int pushCount, LocalDate unchangedSince) {

    public boolean open() {
        return meaning.outcome() == StageMeaning.Outcome.OPEN;
    }
}
