package dev.cadence.pipeline;

import java.math.BigDecimal;

/** A flow's end pipeline from one source ({@code null}: none given), and how much of it came in since the start. */
public record SourcePipeline(String source, int deals, BigDecimal amount, BigDecimal added) {
}
