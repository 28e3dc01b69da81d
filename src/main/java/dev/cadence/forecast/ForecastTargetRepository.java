package dev.cadence.forecast;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ForecastTargetRepository extends JpaRepository<ForecastTarget, Long> {

    List<ForecastTarget> findByQuarterKeyIn(Collection<String> quarterKeys);

    /** Serializes changes to one target, so that two saves cannot both pass the version check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ForecastTarget t where t.quarterKey = ?1 and t.segmentId = ?2")
    Optional<ForecastTarget> lockByQuarterAndSegment(String quarterKey, long segmentId);
}
