package dev.cadence.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every read of items says whose private points it may see: the viewer's own, or none. */
interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i where i.meetingId = ?1 and (i.privateItem = false or i.authorId = ?2) "
            + "order by i.position, i.id")
    List<AgendaItem> findVisible(long meetingId, long viewerId);

    @Query("select i from AgendaItem i where i.meetingId = ?1 and i.privateItem = true and i.authorId = ?2 order by i.position, i.id")
    List<AgendaItem> findPrivateOf(long meetingId, long authorId);

    @Query("select i from AgendaItem i where i.meetingId = ?1 and i.privateItem = false order by i.position, i.id")
    List<AgendaItem> findShared(long meetingId);

    @Query("select i from AgendaItem i where i.id = ?1 and i.meetingId = ?2 and (i.privateItem = false or i.authorId = ?3)")
    java.util.Optional<AgendaItem> findVisible(long id, long meetingId, long viewerId);

    /** A section's priorities in their order. */
    @Query("select i from AgendaItem i where i.sectionId = ?1 and i.kind = dev.cadence.meetings.ItemKind.PRIORITY "
            + "order by i.position, i.id")
    List<AgendaItem> findPriorities(long sectionId);

    long countByMeetingIdAndKind(Long meetingId, ItemKind kind);

    /** The talking points and priorities people wrote in a meeting (entries filled from data left out). */
    @Query("select count(i) from AgendaItem i where i.meetingId = ?1 and i.kind <> dev.cadence.meetings.ItemKind.DATA")
    long countWritten(long meetingId);

    @Query("select coalesce(max(i.position), 0) from AgendaItem i where i.sectionId = ?1")
    int maxPosition(long sectionId);

    @Modifying
    @Query("delete from AgendaItem i where i.meetingId = ?1 and i.kind = dev.cadence.meetings.ItemKind.DATA")
    int deleteFilledFromData(long meetingId);

    @Query("select i from AgendaItem i where i.meetingId = ?1 and i.kind = dev.cadence.meetings.ItemKind.TALKING_POINT "
            + "and i.discussed = false and i.movedToMeetingId is null")
    List<AgendaItem> findUndiscussedPoints(long meetingId);
}
