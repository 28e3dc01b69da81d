package dev.cadence.scorecard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MetricValueRepository extends JpaRepository<MetricValue, Long> {

    /** The values of these metrics from {@code from} on, for one segment or company-wide: one query a page. */
    @Query("select v from MetricValue v where v.metricId in :metricIds and v.periodStart >= :from "
            + "and ((:segmentId is null and v.segmentId is null) or v.segmentId = :segmentId)")
    List<MetricValue> findTrailing(Collection<Long> metricIds, LocalDate from, Long segmentId);

    /** The values an import may touch: one query for the whole file. */
    @Query("select v from MetricValue v where v.metricId in :metricIds and v.periodKey in :periodKeys")
    List<MetricValue> findForImport(Collection<Long> metricIds, Collection<String> periodKeys);

    @Query("select v from MetricValue v where v.metricId = :metricId and v.periodStart >= :from and v.periodStart <= :to "
            + "order by v.periodStart")
    List<MetricValue> findRange(Long metricId, LocalDate from, LocalDate to);

    /**
     * The newest value on or before {@code asOf} of each of these metrics, company-wide and per segment: one
     * statement, whatever the history. Columns: metric key, name, unit, direction, segment key (null =
     * company-wide), period key, value.
     */
    @Query(value = "select distinct on (d.key, v.segment_id) d.key, d.name, d.unit, d.direction, s.key as segment_key, "
            + "v.period_key, v.value from metric_value v join metric_definition d on d.id = v.metric_id "
            + "left join segment s on s.id = v.segment_id where d.key in (:keys) and v.period_start <= :asOf "
            + "order by d.key, v.segment_id, v.period_start desc", nativeQuery = true)
    List<Object[]> findLatest(Collection<String> keys, LocalDate asOf);

    /**
     * The values of these metrics whose period starts between two days (inclusive), company-wide and per segment:
     * one statement. Columns: metric key, segment key (null = company-wide), period key, period start, value.
     */
    @Query(value = "select d.key, s.key as segment_key, v.period_key, v.period_start, v.value from metric_value v "
            + "join metric_definition d on d.id = v.metric_id left join segment s on s.id = v.segment_id "
            + "where d.key in (:keys) and v.period_start between :from and :to order by d.key, v.period_start", nativeQuery = true)
    List<Object[]> findBetween(Collection<String> keys, LocalDate from, LocalDate to);

    @Query("select v from MetricValue v where v.metricId = :metricId and v.periodKey = :periodKey "
            + "and ((:segmentId is null and v.segmentId is null) or v.segmentId = :segmentId)")
    Optional<MetricValue> findOne(Long metricId, String periodKey, Long segmentId);
}
