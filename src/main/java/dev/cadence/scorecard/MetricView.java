package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
import java.math.BigDecimal;
import java.time.Instant;

/** A metric definition as pages, the API and other features see it. */
public record MetricView(long id, String key, String name, String definition, String calculation, MetricUnit unit,
                         Direction direction, Cadence cadence, long ownerId, String ownerName, Indicator indicator,
                         String lever, boolean segmented, BigDecimal atRiskBandPercent, String dataSource,
                         GovernanceStatus status, int displayOrder, Instant updatedAt, long version) implements GovernedView {

    @Override
    public String title() {
        return name;
    }

    static MetricView of(MetricDefinition m, String ownerName) {
        MetricSpec s = m.spec();
        return new MetricView(m.getId(), m.getKey(), s.name(), s.definition(), s.calculation(), s.unit(), s.direction(),
                s.cadence(), s.ownerId(), ownerName, s.indicator(), s.lever(), s.segmented(), s.atRiskBandPercent(),
                s.dataSource(), m.getStatus(), s.displayOrder(), m.getUpdatedAt(), m.getVersion());
    }

    MetricSpec spec() {
        return new MetricSpec(name, definition, calculation, unit, direction, cadence, ownerId, indicator, lever,
                segmented, atRiskBandPercent, dataSource, displayOrder);
    }
}
