package dev.cadence.drivers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A saved scenario computed: the levers it changes (key → value, as formulas see them), its outcome and gap.
 * {@code id} is null for the plan itself, shown beside the scenarios.
 */
public record ScenarioView(Long id, String name, String createdBy, Instant createdAt, Map<String, BigDecimal> values,
                           Map<String, String> shown, BigDecimal outcome, String outcomeLabel, String gapLabel,
                           String error) {
}
