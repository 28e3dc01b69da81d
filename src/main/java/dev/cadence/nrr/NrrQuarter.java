package dev.cadence.nrr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A fiscal quarter's NRR baseline (starting ARR, renewals due) and, once it has ended, its actual components. */
@Entity
@Table(name = "nrr_quarter")
@Audited
class NrrQuarter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quarter_key", nullable = false)
    private String quarterKey;

    @Column(name = "starting_arr")
    private BigDecimal startingArr;

    @Column(name = "renewals_due")
    private BigDecimal renewalsDue;

    @Column(name = "actual_churn")
    private BigDecimal actualChurn;

    @Column(name = "actual_contraction")
    private BigDecimal actualContraction;

    @Column(name = "actual_expansion")
    private BigDecimal actualExpansion;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected NrrQuarter() {
    }

    NrrQuarter(String quarterKey, long by, Instant at) {
        this.quarterKey = quarterKey;
        touch(by, at);
    }

    void setBaseline(BigDecimal startingArr, BigDecimal renewalsDue, long by, Instant at) {
        this.startingArr = startingArr;
        this.renewalsDue = renewalsDue;
        touch(by, at);
    }

    void enterActuals(BigDecimal churn, BigDecimal contraction, BigDecimal expansion, long by, Instant at) {
        this.actualChurn = churn;
        this.actualContraction = contraction;
        this.actualExpansion = expansion;
        touch(by, at);
    }

    /** Moves the version: a change of one of its components is a change of the quarter's forecast too. */
    void touch(long by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    Long getId() {
        return id;
    }

    String getQuarterKey() {
        return quarterKey;
    }

    BigDecimal getStartingArr() {
        return startingArr;
    }

    BigDecimal getRenewalsDue() {
        return renewalsDue;
    }

    BigDecimal getActualChurn() {
        return actualChurn;
    }

    BigDecimal getActualContraction() {
        return actualContraction;
    }

    BigDecimal getActualExpansion() {
        return actualExpansion;
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
