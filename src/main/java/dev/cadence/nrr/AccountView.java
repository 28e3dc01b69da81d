package dev.cadence.nrr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An at-risk account as the page, the API and a meeting read it (now, or as it stood on a date). */
public record AccountView(long id, String account, BigDecimal arr, LocalDate renewalDate, Risk risk, String reason,
                          String savePlan, long ownerId, String ownerName, Escalation escalation, String changedBy,
                          Instant changedAt, long version) {

    public String arrShown() {
        return Money.full(arr);
    }

    public boolean closed() {
        return escalation.closed();
    }

    AccountSpec spec() {
        return new AccountSpec(account, arr, renewalDate, risk, reason, savePlan, ownerId, escalation);
    }
}
