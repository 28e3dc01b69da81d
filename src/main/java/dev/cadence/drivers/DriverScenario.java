package dev.cadence.drivers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A what-if kept under a name: the levers' values it sets instead of the plan's. */
@Entity
@Table(name = "driver_scenario")
class DriverScenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tree_id", nullable = false)
    private long treeId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "driver_scenario_value", joinColumns = @JoinColumn(name = "scenario_id"))
    @MapKeyColumn(name = "node_key")
    @Column(name = "value", nullable = false)
    private Map<String, BigDecimal> values = new HashMap<>();

    protected DriverScenario() {
    }

    DriverScenario(long treeId, String name, long createdBy, Instant at, Map<String, BigDecimal> values) {
        this.treeId = treeId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.values.putAll(values);
    }

    Long getId() {
        return id;
    }

    long getTreeId() {
        return treeId;
    }

    String getName() {
        return name;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Map<String, BigDecimal> getValues() {
        return values;
    }
}
