package dev.cadence.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /**
     * What a meeting shows: the items raised in it, and those of earlier meetings of the series that
     * were still open then — open now, ticked in this meeting, or done at or after {@code openSince}.
     */
    @Query("select a from ActionItem a, Meeting m where m.id = a.meetingId and a.seriesId = :series and ("
            + "a.meetingId = :meeting or (m.scheduledAt < :scheduledAt and "
            + "(a.done = false or a.doneInMeetingId = :meeting or a.doneAt >= :openSince))) order by a.dueOn, a.id")
    List<ActionItem> findForMeeting(long series, long meeting, Instant scheduledAt, Instant openSince);

    List<ActionItem> findByOwnerIdAndDoneFalseOrderByDueOnAscIdAsc(Long ownerId);

    @Query("select distinct a.ownerId from ActionItem a where a.done = false and a.dueOn <= ?1")
    List<Long> findOwnersOfOpenDueBy(LocalDate day);

    @Query("select a from ActionItem a where a.seriesId = ?1 and a.done = false and a.dueOn < ?2 order by a.dueOn, a.id")
    List<ActionItem> findOverdue(long seriesId, LocalDate before);
}
