package dev.cadence.forecast;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One segment's call for one week of a fiscal quarter: the quarter's total bookings the caller commits to and the
 * best case, with why it moved from the week before and, when the caller is not the one the decision-rights map
 * names, why they called it anyway.
 */
@Entity
@Table(name = "forecast_call")
@Audited
class ForecastCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quarter_key", nullable = false, updatable = false)
    private String quarterKey;

    @Column(name = "quarter_start", nullable = false, updatable = false)
    private LocalDate quarterStart;

    @Column(nullable = false, updatable = false)
    private int week;

    @Column(name = "segment_id", nullable = false, updatable = false)
    private Long segmentId;

    @Column(name = "commit_amount", nullable = false)
    private BigDecimal commitAmount;

    @Column(name = "best_case_amount", nullable = false)
    private BigDecimal bestCaseAmount;

    private String reason;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "called_by", nullable = false)
    private Long calledBy;

    @Column(name = "called_by_name", nullable = false)
    private String calledByName;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Version
    private long version;

    protected ForecastCall() {
    }

    ForecastCall(String quarterKey, LocalDate quarterStart, int week, long segmentId) {
        this.quarterKey = quarterKey;
        this.quarterStart = quarterStart;
        this.week = week;
        this.segmentId = segmentId;
    }

    void call(BigDecimal commit, BigDecimal bestCase, String reason, String overrideReason, long by, String byName, Instant at) {
        this.commitAmount = commit;
        this.bestCaseAmount = bestCase;
        this.reason = reason;
        this.overrideReason = overrideReason;
        this.calledBy = by;
        this.calledByName = byName;
        this.calledAt = at;
    }

    Long getId() {
        return id;
    }

    String getQuarterKey() {
        return quarterKey;
    }

    int getWeek() {
        return week;
    }

    Long getSegmentId() {
        return segmentId;
    }

    BigDecimal getCommitAmount() {
        return commitAmount;
    }

    BigDecimal getBestCaseAmount() {
        return bestCaseAmount;
    }

    String getReason() {
        return reason;
    }

    String getOverrideReason() {
        return overrideReason;
    }

    String getCalledByName() {
        return calledByName;
    }

    Instant getCalledAt() {
        return calledAt;
    }

    long getVersion() {
        return version;
    }
}
