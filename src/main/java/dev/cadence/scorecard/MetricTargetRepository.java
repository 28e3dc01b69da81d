package dev.cadence.scorecard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MetricTargetRepository extends JpaRepository<MetricTarget, Long> {

    /** All targets of these metrics that started by {@code until}, oldest first: one query for a whole page. */
    @Query("select t from MetricTarget t where t.metricId in :metricIds and t.periodStart <= :until order by t.periodStart")
    List<MetricTarget> findForMetrics(Collection<Long> metricIds, LocalDate until);

    List<MetricTarget> findByMetricIdOrderByPeriodStartDesc(Long metricId);

    @Query("select t from MetricTarget t where t.metricId = :metricId and t.effectiveFrom = :effectiveFrom "
            + "and ((:segmentId is null and t.segmentId is null) or t.segmentId = :segmentId)")
    Optional<MetricTarget> findExact(Long metricId, String effectiveFrom, Long segmentId);
}
