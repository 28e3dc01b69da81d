package dev.cadence.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How useful one participant found one closed meeting, 1 to 10; one per participant and meeting, changed in place. */
@Entity
@Table(name = "meeting_rating")
class MeetingRating {

    static final int LOWEST = 1;
    static final int HIGHEST = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(nullable = false)
    private int score;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Version
    private long version;

    protected MeetingRating() {
    }

    MeetingRating(Long meetingId, Long personId, int score, Instant at) {
        this.meetingId = meetingId;
        this.personId = personId;
        rate(score, at);
    }

    void rate(int score, Instant at) {
        this.score = score;
        this.ratedAt = at;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getPersonId() {
        return personId;
    }

    int getScore() {
        return score;
    }

    Instant getRatedAt() {
        return ratedAt;
    }
}
