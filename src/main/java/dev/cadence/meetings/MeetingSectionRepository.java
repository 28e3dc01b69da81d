package dev.cadence.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingSectionRepository extends JpaRepository<MeetingSection, Long> {

    List<MeetingSection> findByMeetingIdOrderByPosition(Long meetingId);

    /** Empties a meeting in preparation that nobody wrote in, before it takes its series' new agenda. */
    @Modifying
    @Query("delete from MeetingSection s where s.meetingId = ?1")
    void deleteByMeeting(long meetingId);
}
