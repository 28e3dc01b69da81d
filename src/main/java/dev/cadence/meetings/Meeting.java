package dev.cadence.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One meeting of a series. Every change anywhere in it (an item, the message, an action item, a
 * decision) moves {@link #getRevision() revision}, which open pages poll to show each other's edits.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false)
    private Long seriesId;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PREP;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "current_section_id")
    private Long currentSectionId;

    @Column(name = "section_started_at")
    private Instant sectionStartedAt;

    private String message;

    @Column(name = "no_message", nullable = false)
    private boolean noMessage;

    @Column(name = "message_by_name")
    private String messageByName;

    @Column(name = "message_version", nullable = false)
    private long messageVersion;

    @Column(name = "closed_by_name")
    private String closedByName;

    @Column(nullable = false)
    private long revision;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Long seriesId, Instant scheduledAt) {
        this.seriesId = seriesId;
        this.scheduledAt = scheduledAt;
    }

    /** Something in the meeting changed: pages that show an older revision fetch the new one. */
    void changed() {
        revision++;
    }

    /** Moves a meeting not started yet to another time (its series' schedule changed). */
    void reschedule(Instant at) {
        scheduledAt = at;
    }

    void prepared(Instant at) {
        preparedAt = at;
    }

    void start(Long firstSectionId, Instant at) {
        status = MeetingStatus.LIVE;
        startedAt = at;
        currentSectionId = firstSectionId;
        sectionStartedAt = at;
    }

    void moveTo(Long sectionId, Instant at) {
        currentSectionId = sectionId;
        sectionStartedAt = at;
    }

    void writeMessage(String text, boolean none, String by) {
        message = text;
        noMessage = none;
        messageByName = by;
        messageVersion++;
    }

    void close(String by, Instant at) {
        status = MeetingStatus.CLOSED;
        if (startedAt == null) {
            startedAt = at;
        }
        endedAt = at;
        closedByName = by;
        currentSectionId = null;
        sectionStartedAt = null;
    }

    boolean hasMessageOrNone() {
        return noMessage || (message != null && !message.isBlank());
    }

    Long getId() {
        return id;
    }

    Long getSeriesId() {
        return seriesId;
    }

    Instant getScheduledAt() {
        return scheduledAt;
    }

    MeetingStatus getStatus() {
        return status;
    }

    Instant getPreparedAt() {
        return preparedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    Long getCurrentSectionId() {
        return currentSectionId;
    }

    Instant getSectionStartedAt() {
        return sectionStartedAt;
    }

    String getMessage() {
        return message;
    }

    boolean isNoMessage() {
        return noMessage;
    }

    String getMessageByName() {
        return messageByName;
    }

    long getMessageVersion() {
        return messageVersion;
    }

    String getClosedByName() {
        return closedByName;
    }

    long getRevision() {
        return revision;
    }

    long getVersion() {
        return version;
    }
}
