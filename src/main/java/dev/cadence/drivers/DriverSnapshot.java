package dev.cadence.drivers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The tree as planned in one fiscal quarter: each node's assumption and value, the outcome and the target. */
@Entity
@Table(name = "driver_snapshot")
class DriverSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tree_id", nullable = false)
    private long treeId;

    @Column(name = "quarter_key", nullable = false)
    private String quarterKey;

    @Column(nullable = false)
    private BigDecimal outcome;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(name = "taken_by", nullable = false)
    private long takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "driver_snapshot_node", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();

    /** One node as it stood. */
    @Embeddable
    static class Line {
        @Column(name = "node_key", nullable = false)
        private String nodeKey;
        @Column(name = "node_name", nullable = false)
        private String nodeName;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private DriverUnit unit;
        private BigDecimal assumption;
        @Column(nullable = false)
        private BigDecimal value;
        @Column(nullable = false)
        private int position;

        protected Line() {
        }

        Line(String nodeKey, String nodeName, DriverUnit unit, BigDecimal assumption, BigDecimal value, int position) {
            this.nodeKey = nodeKey;
            this.nodeName = nodeName;
            this.unit = unit;
            this.assumption = assumption;
            this.value = value;
            this.position = position;
        }

        String nodeKey() {
            return nodeKey;
        }

        String nodeName() {
            return nodeName;
        }

        DriverUnit unit() {
            return unit;
        }

        BigDecimal assumption() {
            return assumption;
        }

        BigDecimal value() {
            return value;
        }
    }

    protected DriverSnapshot() {
    }

    DriverSnapshot(long treeId, String quarterKey, BigDecimal outcome, BigDecimal target, long takenBy, Instant at, List<Line> lines) {
        this.treeId = treeId;
        this.quarterKey = quarterKey;
        this.outcome = outcome;
        this.target = target;
        this.takenBy = takenBy;
        this.takenAt = at;
        this.lines.addAll(lines);
    }

    void retake(BigDecimal outcome, BigDecimal target, long takenBy, Instant at, List<Line> lines) {
        this.outcome = outcome;
        this.target = target;
        this.takenBy = takenBy;
        this.takenAt = at;
        this.lines.clear();
        this.lines.addAll(lines);
    }

    Long getId() {
        return id;
    }

    String getQuarterKey() {
        return quarterKey;
    }

    BigDecimal getOutcome() {
        return outcome;
    }

    BigDecimal getTarget() {
        return target;
    }

    long getTakenBy() {
        return takenBy;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    List<Line> getLines() {
        return lines;
    }
}
