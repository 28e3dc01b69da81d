package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One deal across the snapshots that hold it, oldest first, and how often its close date moved later. */
public record DealHistory(DealView latest, LocalDate latestSnapshot, List<Entry> entries, int pushes) {

    /**
     * The deal as one snapshot held it; {@code pushed} when its close date is later than in the snapshot before,
     * {@code moves} what else changed since then ("Stage: Proposal → Negotiation", "Amount up", "Pulled in").
     */
    public record Entry(LocalDate asOf, BigDecimal amount, String stage, StageMeaning meaning, LocalDate closeDate,
                        boolean pushed, List<String> moves) {

        public boolean changed() {
            return pushed || !moves.isEmpty();
        }
    }
}
