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

/** The bookings target of one segment for one fiscal quarter. */
@Entity
@Table(name = "forecast_target")
@Audited
class ForecastTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quarter_key", nullable = false, updatable = false)
    private String quarterKey;

    @Column(name = "quarter_start", nullable = false, updatable = false)
    private LocalDate quarterStart;

    @Column(name = "segment_id", nullable = false, updatable = false)
    private Long segmentId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ForecastTarget() {
    }

    ForecastTarget(String quarterKey, LocalDate quarterStart, long segmentId) {
        this.quarterKey = quarterKey;
        this.quarterStart = quarterStart;
        this.segmentId = segmentId;
    }

    void set(BigDecimal amount, String by, Instant at) {
        this.amount = amount;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    String getQuarterKey() {
        return quarterKey;
    }

    Long getSegmentId() {
        return segmentId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
