package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One deal as an export states it on the snapshot's date. {@code forecastCategory} is {@code null} when the
 * export leaves it out (HubSpot often does): the stage's remembered mapping decides it then.
 */
public record DealLine(String dealId, String name, String account, String owner, String segment, String type,
                       String stage, ForecastCategory forecastCategory, BigDecimal amount, LocalDate closeDate,
                       LocalDate createdDate, String source) {
}
