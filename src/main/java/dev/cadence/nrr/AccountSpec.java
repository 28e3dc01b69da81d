package dev.cadence.nrr;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What describes an at-risk account, as a form, the import or the demo gives it. */
public record AccountSpec(String account, BigDecimal arr, LocalDate renewalDate, Risk risk, String reason, String savePlan,
                          long ownerId, Escalation escalation) {
}
