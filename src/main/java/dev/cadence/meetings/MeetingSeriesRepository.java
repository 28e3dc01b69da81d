package dev.cadence.meetings;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

    @Query("select distinct s from MeetingSeries s left join fetch s.participantIds order by s.name")
    List<MeetingSeries> findAllWithParticipants();

    @Query("select distinct s from MeetingSeries s left join fetch s.participantIds "
            + "where s.id in (select s2.id from MeetingSeries s2 join s2.participantIds p where p = ?1) order by s.name")
    List<MeetingSeries> findForParticipant(long personId);

    @Query("select s from MeetingSeries s left join fetch s.participantIds where s.id = ?1")
    java.util.Optional<MeetingSeries> findWithParticipants(long id);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    /** The series, locked until the transaction ends: two edits of one series happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from MeetingSeries s where s.id = ?1")
    Optional<MeetingSeries> lockById(long id);

    /** The time zones series meet in, the most used first (what a new series' form proposes). */
    @Query("select s.timeZone from MeetingSeries s group by s.timeZone order by count(s) desc, s.timeZone")
    List<String> timeZonesByUse(Limit limit);
}
