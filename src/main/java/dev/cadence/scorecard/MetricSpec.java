package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
import java.math.BigDecimal;

/** Every editable field of a metric definition, as a value. */
public record MetricSpec(String name, String definition, String calculation, MetricUnit unit, Direction direction,
                         Cadence cadence, Long ownerId, Indicator indicator, String lever, boolean segmented,
                         BigDecimal atRiskBandPercent, String dataSource, int displayOrder) {
}
