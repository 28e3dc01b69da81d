package dev.cadence.meetings;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** The meeting, locked until the transaction ends: changes to one meeting happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> lockById(long id);

    /** The series' meetings in preparation, locked (in a fixed order) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.seriesId = ?1 and m.status = dev.cadence.meetings.MeetingStatus.PREP order by m.id")
    List<Meeting> lockInPreparation(long seriesId);

    /** Like {@link #findAfter}, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.seriesId = ?1 and m.scheduledAt > ?2 order by m.scheduledAt")
    List<Meeting> lockAfter(long seriesId, Instant scheduledAt, Limit limit);

    @Query("select m.revision from Meeting m where m.id = ?1")
    Optional<Long> findRevision(long id);

    @Query("select m from Meeting m where m.seriesId in ?1 and m.status <> dev.cadence.meetings.MeetingStatus.CLOSED "
            + "order by m.scheduledAt")
    List<Meeting> findOpen(Collection<Long> seriesIds);

    @Query("select m from Meeting m where m.seriesId in ?1 and m.status = dev.cadence.meetings.MeetingStatus.CLOSED "
            + "order by m.scheduledAt desc")
    List<Meeting> findClosed(Collection<Long> seriesIds, Limit limit);

    /** Closed meetings whose shared text (or the viewer's private points) mention {@code pattern}. */
    @Query("select m from Meeting m where m.seriesId in :series and m.status = dev.cadence.meetings.MeetingStatus.CLOSED and ("
            + "lower(m.message) like :pattern "
            + "or exists (select 1 from AgendaItem i where i.meetingId = m.id and (i.privateItem = false or i.authorId = :viewer) "
            + "    and (lower(i.text) like :pattern or lower(i.notes) like :pattern)) "
            + "or exists (select 1 from ActionItem a where a.meetingId = m.id and lower(a.text) like :pattern)) "
            + "order by m.scheduledAt desc")
    List<Meeting> searchClosed(Collection<Long> series, String pattern, long viewer, Limit limit);

    @Query("select m from Meeting m where m.seriesId = ?1 and m.scheduledAt > ?2 order by m.scheduledAt")
    List<Meeting> findAfter(long seriesId, Instant scheduledAt, Limit limit);

    @Query("select m from Meeting m where m.seriesId = ?1 and m.scheduledAt < ?2 order by m.scheduledAt desc")
    List<Meeting> findBefore(long seriesId, Instant scheduledAt, Limit limit);

    @Query("select m from Meeting m where m.seriesId = ?1 order by m.scheduledAt desc")
    List<Meeting> findLatest(long seriesId, Limit limit);

    @Query("select m from Meeting m where m.seriesId in ?1 and m.scheduledAt >= ?2 and m.scheduledAt < ?3 order by m.scheduledAt desc")
    List<Meeting> findBetween(Collection<Long> seriesIds, Instant from, Instant to, Limit limit);

    /** The meetings not closed yet of the series a person takes part in, each with its series; one query. */
    @Query("select m, s from Meeting m join MeetingSeries s on s.id = m.seriesId join s.participantIds p "
            + "where p = ?1 and m.status <> dev.cadence.meetings.MeetingStatus.CLOSED order by m.scheduledAt")
    List<Object[]> findOpenWithSeriesFor(long personId);

    /**
     * The meetings not closed yet of the series a person takes part in, each with its series, how many talking points and
     * priorities the person wrote in it (private ones included), how many priorities it holds and whether its agenda has
     * a priorities section; one query.
     */
    @Query("select m, s, "
            + "(select count(i) from AgendaItem i where i.meetingId = m.id and i.authorId = ?1 "
            + "and i.kind <> dev.cadence.meetings.ItemKind.DATA), "
            + "(select count(i) from AgendaItem i where i.meetingId = m.id and i.kind = dev.cadence.meetings.ItemKind.PRIORITY "
            + "and i.privateItem = false), "
            + "(select count(x) from MeetingSection x where x.meetingId = m.id and x.kind = dev.cadence.meetings.SectionKind.PRIORITIES) "
            + "from Meeting m join MeetingSeries s on s.id = m.seriesId join s.participantIds p "
            + "where p = ?1 and m.status <> dev.cadence.meetings.MeetingStatus.CLOSED order by m.scheduledAt, m.id")
    List<Object[]> findOpenWithPreparationFor(long personId);

    /** The latest closed meetings that sent a message to the org, each with its series, newest first; one query. */
    @Query("select m, s from Meeting m join MeetingSeries s on s.id = m.seriesId "
            + "where m.status = dev.cadence.meetings.MeetingStatus.CLOSED and m.noMessage = false and m.message is not null "
            + "order by m.scheduledAt desc, m.id desc")
    List<Object[]> findLatestMessages(Limit limit);

    /** Meetings by id, each with its series; one query. */
    @Query("select m, s from Meeting m join MeetingSeries s on s.id = m.seriesId where m.id in ?1")
    List<Object[]> findWithSeries(Collection<Long> ids);
}
