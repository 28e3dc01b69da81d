package dev.cadence.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item raised in a meeting. It belongs to the series: open, it shows in every later
 * meeting of the series until it is done (one row, so it is never duplicated).
 */
@Entity
@Table(name = "action_item")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false)
    private Long seriesId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false)
    private String text;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_in_meeting_id")
    private Long doneInMeetingId;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(Long seriesId, Long meetingId, String text, Long ownerId, String ownerName, LocalDate dueOn,
               String createdByName, Instant at) {
        this.seriesId = seriesId;
        this.meetingId = meetingId;
        this.text = text;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.createdByName = createdByName;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Done (in the meeting where it was ticked, if any), or open again. */
    void markDone(boolean done, Long inMeetingId, Instant at) {
        this.done = done;
        this.doneAt = done ? at : null;
        this.doneInMeetingId = done ? inMeetingId : null;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getSeriesId() {
        return seriesId;
    }

    Long getMeetingId() {
        return meetingId;
    }

    String getText() {
        return text;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getOwnerName() {
        return ownerName;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isDone() {
        return done;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
