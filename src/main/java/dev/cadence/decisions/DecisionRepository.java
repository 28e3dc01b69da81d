package dev.cadence.decisions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long>, JpaSpecificationExecutor<Decision> {

    List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

    List<Decision> findByIdIn(Collection<Long> ids);

    @Query("select d from Decision d where d.areaId = ?1 order by d.decidedOn desc nulls first, d.id desc limit 10")
    List<Decision> findLatestInArea(long areaId);
}
