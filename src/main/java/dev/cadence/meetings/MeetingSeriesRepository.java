package dev.cadence.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
