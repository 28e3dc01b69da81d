package dev.cadence.drivers;

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
import org.hibernate.envers.Audited;

/**
 * One node of a tree: an input lever (owner, baseline, assumption, evidence, step, optional linked metric and
 * segment) or a computed node (a formula over other nodes' keys). Values as formulas see them.
 */
@Entity
@Table(name = "driver_node")
@Audited
class DriverNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tree_id", nullable = false, updatable = false)
    private long treeId;

    @Column(nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NodeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DriverUnit unit;

    private String formula;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "segment_id")
    private Long segmentId;

    @Column(name = "metric_key")
    private String metricKey;

    private BigDecimal baseline;

    private BigDecimal assumption;

    private BigDecimal step;

    @Column(name = "step_relative", nullable = false)
    private boolean stepRelative;

    private String evidence;

    @Column(nullable = false)
    private int position;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DriverNode() {
    }

    DriverNode(long treeId, String key, NodeSpec spec, Instant at) {
        this.treeId = treeId;
        this.key = key;
        restructure(spec, at);
    }

    /** Everything but the key: what the structure's editors change. */
    void restructure(NodeSpec spec, Instant at) {
        this.name = spec.name();
        this.kind = spec.kind();
        this.unit = spec.unit();
        this.formula = spec.kind() == NodeKind.COMPUTED ? spec.formula() : null;
        boolean lever = spec.kind() == NodeKind.LEVER;
        this.ownerId = spec.ownerId();
        this.segmentId = lever ? spec.segmentId() : null;
        this.metricKey = lever ? spec.metricKey() : null;
        this.baseline = lever ? spec.baseline() : null;
        this.assumption = lever ? spec.assumption() : null;
        this.step = lever ? spec.step() : null;
        this.stepRelative = lever && spec.stepRelative();
        this.evidence = lever ? spec.evidence() : null;
        this.position = spec.position();
        this.updatedAt = at;
    }

    /** What the lever's owner changes: the planned value and why it is believable. */
    void plan(BigDecimal assumption, String evidence, Instant at) {
        this.assumption = assumption;
        this.evidence = evidence;
        this.updatedAt = at;
    }

    NodeSpec spec() {
        return new NodeSpec(name, kind, unit, formula, ownerId, segmentId, metricKey, baseline, assumption, step, stepRelative,
                evidence, position);
    }

    ModelNode model() {
        return new ModelNode(key, name, kind, unit, formula, baseline, assumption, step, stepRelative);
    }

    Long getId() {
        return id;
    }

    long getTreeId() {
        return treeId;
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }

    NodeKind getKind() {
        return kind;
    }

    DriverUnit getUnit() {
        return unit;
    }

    String getFormula() {
        return formula;
    }

    Long getOwnerId() {
        return ownerId;
    }

    Long getSegmentId() {
        return segmentId;
    }

    String getMetricKey() {
        return metricKey;
    }

    BigDecimal getBaseline() {
        return baseline;
    }

    BigDecimal getAssumption() {
        return assumption;
    }

    BigDecimal getStep() {
        return step;
    }

    boolean isStepRelative() {
        return stepRelative;
    }

    String getEvidence() {
        return evidence;
    }

    int getPosition() {
        return position;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
