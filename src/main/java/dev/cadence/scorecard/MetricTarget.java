package dev.cadence.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * The target of a metric from one period onwards, company-wide (no segment) or for one segment,
 * until a later target replaces it.
 */
@Entity
@Table(name = "metric_target")
@Audited
class MetricTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "metric_id", nullable = false, updatable = false)
    private Long metricId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private String effectiveFrom;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "segment_id", updatable = false)
    private Long segmentId;

    @Column(nullable = false)
    private BigDecimal target;

    protected MetricTarget() {
    }

    MetricTarget(Long metricId, String effectiveFrom, LocalDate periodStart, Long segmentId, BigDecimal target) {
        this.metricId = metricId;
        this.effectiveFrom = effectiveFrom;
        this.periodStart = periodStart;
        this.segmentId = segmentId;
        this.target = target;
    }

    Long getMetricId() {
        return metricId;
    }

    String getEffectiveFrom() {
        return effectiveFrom;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    Long getSegmentId() {
        return segmentId;
    }

    BigDecimal getTarget() {
        return target;
    }

    void change(BigDecimal newTarget) {
        target = newTarget;
    }
}
