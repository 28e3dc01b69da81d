package dev.cadence.experiments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * One guardrail of an experiment: a metric (company-wide or a segment) that must stay on one side of a limit. Changed
 * only with its experiment (whose row is locked and versioned): the rows keep their positions, restated in place.
 */
@Entity
@Table(name = "experiment_guardrail")
@Audited
class Guardrail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false, updatable = false)
    private long experimentId;

    @Column(nullable = false)
    private int position;

    @Column(name = "metric_key", nullable = false)
    private String metricKey;

    @Column(name = "segment_id")
    private Long segmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bound comparator;

    @Column(name = "limit_value", nullable = false)
    private BigDecimal limit;

    protected Guardrail() {
    }

    Guardrail(long experimentId, int position, ExperimentSpec.GuardrailSpec spec) {
        this.experimentId = experimentId;
        this.position = position;
        this.metricKey = spec.metricKey();
        this.segmentId = spec.segmentId();
        this.comparator = spec.bound();
        this.limit = spec.limit();
    }

    /** Another metric or limit at this position (an edit of a draft, or an amendment). */
    void restate(ExperimentSpec.GuardrailSpec spec) {
        this.metricKey = spec.metricKey();
        this.segmentId = spec.segmentId();
        this.comparator = spec.bound();
        this.limit = spec.limit();
    }

    ExperimentSpec.GuardrailSpec spec() {
        return new ExperimentSpec.GuardrailSpec(metricKey, segmentId, comparator, limit);
    }

    Long getId() {
        return id;
    }

    long getExperimentId() {
        return experimentId;
    }

    int getPosition() {
        return position;
    }

    String getMetricKey() {
        return metricKey;
    }

    Long getSegmentId() {
        return segmentId;
    }

    Bound getBound() {
        return comparator;
    }

    BigDecimal getLimit() {
        return limit;
    }
}
