package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal as a snapshot stores it: its segment resolved to the company's, its stage's meaning decided. */
record DealRecord(String dealId, String name, String account, String owner, Long segmentId, String type, String stage,
                  StageMeaning meaning, BigDecimal amount, LocalDate closeDate, LocalDate createdDate, String source) {
}
