package dev.cadence.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRatingRepository extends JpaRepository<MeetingRating, Long> {

    Optional<MeetingRating> findByMeetingIdAndPersonId(Long meetingId, Long personId);

    List<MeetingRating> findByMeetingId(Long meetingId);
}
