package dev.cadence.decisions;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long>, JpaSpecificationExecutor<Decision> {

    /** Serializes changes to one decision, so that two edits cannot both pass the version check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Decision d where d.id = ?1")
    Optional<Decision> lockById(long id);

    List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

    List<Decision> findByIdIn(Collection<Long> ids);

    @Query("select d.meetingId, count(d) from Decision d where d.meetingId in ?1 group by d.meetingId")
    List<Object[]> countByMeeting(Collection<Long> meetingIds);

    @Query("select d from Decision d where d.areaId = ?1 order by d.decidedOn desc nulls first, d.id desc limit 10")
    List<Decision> findLatestInArea(long areaId);
}
