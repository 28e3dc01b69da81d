package dev.cadence.nrr;

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

/** One component of a quarter's NRR forecast: its one owner and its latest forecast (every update is a {@link ForecastUpdate}). */
@Entity
@Table(name = "nrr_component")
@Audited
class ComponentForecast {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quarter_id", nullable = false)
    private long quarterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NrrComponent component;

    @Column(name = "owner_id")
    private Long ownerId;

    private BigDecimal forecast;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ComponentForecast() {
    }

    ComponentForecast(long quarterId, NrrComponent component, long by, Instant at) {
        this.quarterId = quarterId;
        this.component = component;
        this.changedBy = by;
        this.changedAt = at;
    }

    void assignOwner(long ownerId, long by, Instant at) {
        this.ownerId = ownerId;
        this.changedBy = by;
        this.changedAt = at;
    }

    void forecast(BigDecimal amount, long by, Instant at) {
        this.forecast = amount;
        this.changedBy = by;
        this.changedAt = at;
    }

    Long getId() {
        return id;
    }

    long getQuarterId() {
        return quarterId;
    }

    NrrComponent getComponent() {
        return component;
    }

    Long getOwnerId() {
        return ownerId;
    }

    BigDecimal getForecast() {
        return forecast;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    long getVersion() {
        return version;
    }
}
