package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * A governed scorecard metric: what it means, how it is calculated, who owns it, and how its values
 * are judged. RevOps edits it; every change is kept as a revision.
 */
@Entity
@Table(name = "metric_definition")
@Audited
class MetricDefinition extends GovernedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String definition;

    @Column(nullable = false)
    private String calculation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MetricUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cadence cadence;

    /** A person of the people feature; kept as an id so that features share no entities. */
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Indicator indicator;

    @Column(nullable = false)
    private String lever;

    @Column(nullable = false)
    private boolean segmented;

    @Column(name = "at_risk_band_percent", nullable = false)
    private BigDecimal atRiskBandPercent;

    @Column(name = "data_source", nullable = false)
    private String dataSource;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected MetricDefinition() {
    }

    MetricDefinition(String key, MetricSpec spec, GovernanceStatus status) {
        super(key, status);
        apply(spec);
    }

    /** Replaces every editable field with the spec's. */
    void apply(MetricSpec spec) {
        name = spec.name();
        definition = spec.definition();
        calculation = spec.calculation();
        unit = spec.unit();
        direction = spec.direction();
        cadence = spec.cadence();
        ownerId = spec.ownerId();
        indicator = spec.indicator();
        lever = spec.lever();
        segmented = spec.segmented();
        atRiskBandPercent = spec.atRiskBandPercent();
        dataSource = spec.dataSource();
        displayOrder = spec.displayOrder();
        touch();
    }

    MetricSpec spec() {
        return new MetricSpec(name, definition, calculation, unit, direction, cadence, ownerId, indicator, lever,
                segmented, atRiskBandPercent, dataSource, displayOrder);
    }

    Thresholds thresholds() {
        return new Thresholds(atRiskBandPercent);
    }

    String getName() {
        return name;
    }

    Cadence getCadence() {
        return cadence;
    }

    Direction getDirection() {
        return direction;
    }

    MetricUnit getUnit() {
        return unit;
    }

    Long getOwnerId() {
        return ownerId;
    }

    boolean isSegmented() {
        return segmented;
    }

    int getDisplayOrder() {
        return displayOrder;
    }
}
