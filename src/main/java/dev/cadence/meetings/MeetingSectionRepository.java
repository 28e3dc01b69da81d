package dev.cadence.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSectionRepository extends JpaRepository<MeetingSection, Long> {

    List<MeetingSection> findByMeetingIdOrderByPosition(Long meetingId);
}
