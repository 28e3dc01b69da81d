package dev.cadence.scorecard;

import dev.cadence.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The targets of a page, answering "which target applied to this metric, period and segment?". */
final class Targets {
    private final Map<String, List<MetricTarget>> byMetricAndSegment;

    Targets(List<MetricTarget> all) {
        byMetricAndSegment = all.stream().collect(Collectors.groupingBy(t -> t.getMetricId() + "|" + t.getSegmentId()));
    }

    /** The latest target started by the period, for the segment, else the company-wide one. */
    BigDecimal targetFor(Long metricId, Period period, Long segmentId) {
        BigDecimal forSegment = latest(metricId + "|" + segmentId, period);
        return forSegment != null || segmentId == null ? forSegment : latest(metricId + "|null", period);
    }

    private BigDecimal latest(String group, Period period) {
        BigDecimal found = null;
        for (MetricTarget t : byMetricAndSegment.getOrDefault(group, List.of())) {
            if (!t.getPeriodStart().isAfter(period.start())) {
                found = t.getTarget();
            }
        }
        return found;
    }
}
