package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
import java.math.BigDecimal;

/** Every editable field of a metric definition, as a value. */
public record MetricSpec(String name, String definition, String calculation, MetricUnit unit, Direction direction,
                         Cadence cadence, Long ownerId, Indicator indicator, String lever, boolean segmented,
                         BigDecimal atRiskBandPercent, String dataSource, int displayOrder) {

    /** The same definition at another place on the scorecard. */
    MetricSpec withDisplayOrder(int order) {
        return new MetricSpec(name, definition, calculation, unit, direction, cadence, ownerId, indicator, lever, segmented,
                atRiskBandPercent, dataSource, order);
    }
}
