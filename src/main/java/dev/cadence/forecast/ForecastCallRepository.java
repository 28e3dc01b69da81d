package dev.cadence.forecast;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ForecastCallRepository extends JpaRepository<ForecastCall, Long> {

    @Query("select c from ForecastCall c where c.quarterKey in ?1 order by c.quarterStart, c.week, c.segmentId")
    List<ForecastCall> findByQuarters(Collection<String> quarterKeys);

    /** The calls of a quarter's week for some segments, locked (in segment order) before their versions are checked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ForecastCall c where c.quarterKey = ?1 and c.week = ?2 order by c.segmentId")
    List<ForecastCall> lockWeek(String quarterKey, int week);

    /** The quarters that have a call, as keys. */
    @Query("select distinct c.quarterKey from ForecastCall c")
    List<String> quartersCalled();
}
