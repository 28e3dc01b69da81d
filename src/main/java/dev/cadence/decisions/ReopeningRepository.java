package dev.cadence.decisions;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReopeningRepository extends JpaRepository<Reopening, Long> {

    List<Reopening> findByAreaIdOrderByReopenedAtDesc(long areaId);

    List<Reopening> findByDecisionIdOrderByReopenedAtDesc(long decisionId);

    /** [areaId, count] of the areas' reopenings in [from, to). */
    @Query("select r.areaId, count(r) from Reopening r where r.areaId is not null and r.reopenedAt >= ?1 "
            + "and r.reopenedAt < ?2 group by r.areaId")
    List<Object[]> countByAreaBetween(Instant from, Instant to);

    @Query("select count(r) from Reopening r where r.areaId = ?1 and r.reopenedAt >= ?2 and r.reopenedAt < ?3")
    long countForAreaBetween(long areaId, Instant from, Instant to);

    /** The decisions' reopenings in [from, to). */
    @Query("select count(r) from Reopening r where r.decisionId is not null and r.reopenedAt >= ?1 and r.reopenedAt < ?2")
    long countOfDecisionsBetween(Instant from, Instant to);
}
