package dev.cadence.scorecard;

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
 * One number for one metric, period and segment (none = company-wide), with the target that
 * applied, who entered it and the narrative behind it. Corrections are kept as revisions.
 */
@Entity
@Table(name = "metric_value")
@Audited
class MetricValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "metric_id", nullable = false, updatable = false)
    private Long metricId;

    @Column(name = "period_key", nullable = false, updatable = false)
    private String periodKey;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "segment_id", updatable = false)
    private Long segmentId;

    @Column(nullable = false)
    private BigDecimal value;

    private BigDecimal target;

    private String narrative;

    @Column(name = "entered_by", nullable = false)
    private Long enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected MetricValue() {
    }

    MetricValue(Long metricId, String periodKey, LocalDate periodStart, Long segmentId) {
        this.metricId = metricId;
        this.periodKey = periodKey;
        this.periodStart = periodStart;
        this.segmentId = segmentId;
    }

    void record(BigDecimal value, BigDecimal target, String narrative, Long enteredBy, Instant at) {
        this.value = value;
        this.target = target;
        this.narrative = narrative;
        this.enteredBy = enteredBy;
        this.enteredAt = at;
    }

    boolean sameAs(BigDecimal otherValue, String otherNarrative) {
        return value != null && value.compareTo(otherValue) == 0 && java.util.Objects.equals(narrative, otherNarrative);
    }

    Long getId() {
        return id;
    }

    Long getMetricId() {
        return metricId;
    }

    String getPeriodKey() {
        return periodKey;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    Long getSegmentId() {
        return segmentId;
    }

    BigDecimal getValue() {
        return value;
    }

    BigDecimal getTarget() {
        return target;
    }

    String getNarrative() {
        return narrative;
    }

    Long getEnteredBy() {
        return enteredBy;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    long getVersion() {
        return version;
    }
}
