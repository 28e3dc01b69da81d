package dev.cadence.nrr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One update of a component's forecast, with its reason: kept for ever, never changed. */
@Entity
@Table(name = "nrr_forecast_update")
class ForecastUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false)
    private long componentId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String reason;

    @Column(name = "entered_by", nullable = false)
    private long enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected ForecastUpdate() {
    }

    ForecastUpdate(long componentId, BigDecimal amount, String reason, long enteredBy, Instant enteredAt) {
        this.componentId = componentId;
        this.amount = amount;
        this.reason = reason;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }
}
