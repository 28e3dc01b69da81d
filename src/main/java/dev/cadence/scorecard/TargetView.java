package dev.cadence.scorecard;

import java.math.BigDecimal;

/** A target from a period onwards; {@code segment} is null for the company-wide target. */
public record TargetView(String effectiveFrom, String segment, BigDecimal target, String formatted) {
}
