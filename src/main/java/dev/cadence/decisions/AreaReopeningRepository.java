package dev.cadence.decisions;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AreaReopeningRepository extends JpaRepository<AreaReopening, Long> {

    List<AreaReopening> findByAreaIdOrderByReopenedAtDesc(long areaId);

    /** [areaId, count] of the reopenings in [from, to). */
    @Query("select r.areaId, count(r) from AreaReopening r where r.reopenedAt >= ?1 and r.reopenedAt < ?2 group by r.areaId")
    List<Object[]> countByAreaBetween(Instant from, Instant to);

    @Query("select count(r) from AreaReopening r where r.areaId = ?1 and r.reopenedAt >= ?2 and r.reopenedAt < ?3")
    long countForAreaBetween(long areaId, Instant from, Instant to);
}
