package dev.cadence.nrr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A customer account whose renewal is at risk: what is at stake, why, the plan to save it, who owns it, how far it is escalated. */
@Entity
@Table(name = "nrr_at_risk_account")
@Audited
class AtRiskAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String account;

    @Column(nullable = false)
    private BigDecimal arr;

    @Column(name = "renewal_date", nullable = false)
    private LocalDate renewalDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Risk risk;

    @Column(nullable = false)
    private String reason;

    @Column(name = "save_plan")
    private String savePlan;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Escalation escalation;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected AtRiskAccount() {
    }

    AtRiskAccount(AccountSpec spec, long by, Instant at) {
        describe(spec, by, at);
    }

    void describe(AccountSpec spec, long by, Instant at) {
        this.account = spec.account();
        this.arr = spec.arr();
        this.renewalDate = spec.renewalDate();
        this.risk = spec.risk();
        this.reason = spec.reason();
        this.savePlan = spec.savePlan();
        this.ownerId = spec.ownerId();
        this.escalation = spec.escalation();
        this.changedBy = by;
        this.changedAt = at;
    }

    void close(Escalation outcome, long by, Instant at) {
        this.escalation = outcome;
        this.changedBy = by;
        this.changedAt = at;
    }

    AccountSpec spec() {
        return new AccountSpec(account, arr, renewalDate, risk, reason, savePlan, ownerId, escalation);
    }

    Long getId() {
        return id;
    }

    String getAccount() {
        return account;
    }

    BigDecimal getArr() {
        return arr;
    }

    LocalDate getRenewalDate() {
        return renewalDate;
    }

    Risk getRisk() {
        return risk;
    }

    String getReason() {
        return reason;
    }

    String getSavePlan() {
        return savePlan;
    }

    long getOwnerId() {
        return ownerId;
    }

    Escalation getEscalation() {
        return escalation;
    }

    Long getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    long getVersion() {
        return version;
    }
}
