package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
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
import java.util.Objects;

/**
 * A change to a definition proposed by someone who may not edit it. It holds only the fields it
 * changes (null = unchanged) and waits, visible on the definition, until RevOps decides.
 */
@Entity
@Table(name = "metric_proposal")
class MetricProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "metric_id", nullable = false, updatable = false)
    private Long metricId;

    @Column(name = "base_version", nullable = false, updatable = false)
    private long baseVersion;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt = Instant.now();

    @Column(nullable = false)
    private String rationale;

    private String name;
    private String definition;
    private String calculation;
    @Enumerated(EnumType.STRING)
    private MetricUnit unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    @Column(name = "owner_id")
    private Long ownerId;
    @Enumerated(EnumType.STRING)
    private Indicator indicator;
    private String lever;
    private Boolean segmented;
    @Column(name = "at_risk_band_percent")
    private BigDecimal atRiskBandPercent;
    @Column(name = "data_source")
    private String dataSource;
    @Column(name = "display_order")
    private Integer displayOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Version
    private long version;

    protected MetricProposal() {
    }

    /** Keeps only what differs between the current definition and the proposed one. */
    MetricProposal(MetricDefinition metric, MetricSpec proposed, String rationale, Long proposedBy) {
        MetricSpec current = metric.spec();
        this.metricId = metric.getId();
        this.baseVersion = metric.getVersion();
        this.proposedBy = proposedBy;
        this.rationale = rationale;
        this.name = changed(current.name(), proposed.name());
        this.definition = changed(current.definition(), proposed.definition());
        this.calculation = changed(current.calculation(), proposed.calculation());
        this.unit = changed(current.unit(), proposed.unit());
        this.direction = changed(current.direction(), proposed.direction());
        this.cadence = changed(current.cadence(), proposed.cadence());
        this.ownerId = changed(current.ownerId(), proposed.ownerId());
        this.indicator = changed(current.indicator(), proposed.indicator());
        this.lever = changed(current.lever(), proposed.lever());
        this.segmented = changed(current.segmented(), proposed.segmented());
        this.atRiskBandPercent = current.atRiskBandPercent().compareTo(proposed.atRiskBandPercent()) == 0
                ? null : proposed.atRiskBandPercent();
        this.dataSource = changed(current.dataSource(), proposed.dataSource());
        this.displayOrder = changed(current.displayOrder(), proposed.displayOrder());
    }

    private static <T> T changed(T current, T proposed) {
        return Objects.equals(current, proposed) ? null : proposed;
    }

    boolean changesNothing() {
        return java.util.stream.Stream.of(name, definition, calculation, unit, direction, cadence, ownerId, indicator,
                lever, segmented, atRiskBandPercent, dataSource, displayOrder).allMatch(Objects::isNull);
    }

    /** The definition as it would read with this proposal applied on top of {@code current}. */
    MetricSpec appliedTo(MetricSpec current) {
        return new MetricSpec(
                name != null ? name : current.name(),
                definition != null ? definition : current.definition(),
                calculation != null ? calculation : current.calculation(),
                unit != null ? unit : current.unit(),
                direction != null ? direction : current.direction(),
                cadence != null ? cadence : current.cadence(),
                ownerId != null ? ownerId : current.ownerId(),
                indicator != null ? indicator : current.indicator(),
                lever != null ? lever : current.lever(),
                segmented != null ? segmented : current.segmented(),
                atRiskBandPercent != null ? atRiskBandPercent : current.atRiskBandPercent(),
                dataSource != null ? dataSource : current.dataSource(),
                displayOrder != null ? displayOrder : current.displayOrder());
    }

    void decide(ProposalState outcome, Long by, String comment) {
        state = outcome;
        decidedBy = by;
        decidedAt = Instant.now();
        decisionComment = comment;
    }

    Long getId() {
        return id;
    }

    Long getMetricId() {
        return metricId;
    }

    long getBaseVersion() {
        return baseVersion;
    }

    Long getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getRationale() {
        return rationale;
    }

    ProposalState getState() {
        return state;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    long getVersion() {
        return version;
    }
}
