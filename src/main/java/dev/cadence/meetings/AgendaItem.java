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
 * A talking point, a priority or an entry filled from data, in one section of one meeting. A private
 * talking point is visible to its author only: every query that reads items filters on it.
 */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

    /** The longest text an item holds. */
    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "section_id", nullable = false)
    private Long sectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String text;

    private String notes;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "is_private", nullable = false)
    private boolean privateItem;

    @Column(nullable = false)
    private boolean discussed;

    @Column(name = "source_url", updatable = false)
    private String sourceUrl;

    @Column(name = "source_label", updatable = false)
    private String sourceLabel;

    @Column(name = "moved_from_id", updatable = false)
    private Long movedFromId;

    @Column(name = "moved_to_meeting_id")
    private Long movedToMeetingId;

    @Column(nullable = false)
    private int position;

    // A scorecard metric's change ("what changed"), as shown when the meeting was prepared; null for anything else.
    @Column(name = "metric_name", updatable = false)
    private String metricName;
    @Column(name = "period_from", updatable = false)
    private String periodFrom;
    @Column(name = "period_to", updatable = false)
    private String periodTo;
    @Column(name = "value_from", updatable = false)
    private String valueFrom;
    @Column(name = "value_to", updatable = false)
    private String valueTo;
    @Column(name = "target_shown", updatable = false)
    private String targetShown;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", updatable = false)
    private dev.cadence.scorecard.MetricStatus statusFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", updatable = false)
    private dev.cadence.scorecard.MetricStatus statusTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false)
    private String updatedByName;

    @Version
    private long version;

    protected AgendaItem() {
    }

    private AgendaItem(Long meetingId, Long sectionId, ItemKind kind, String text, Long authorId, String authorName,
                       boolean privateItem, int position, Instant at) {
        this.meetingId = meetingId;
        this.sectionId = sectionId;
        this.kind = kind;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.privateItem = privateItem;
        this.position = position;
        this.createdAt = at;
        this.updatedAt = at;
        this.updatedByName = authorName;
    }

    static AgendaItem point(Long meetingId, Long sectionId, ItemKind kind, String text, long authorId, String authorName,
                            boolean privateItem, int position, Instant at) {
        return new AgendaItem(meetingId, sectionId, kind, text, authorId, authorName, privateItem, position, at);
    }

    /** An entry of "what changed since last week", linking to where it comes from. */
    static AgendaItem fromData(Long meetingId, Long sectionId, String text, String sourceUrl, String sourceLabel,
                               MetricFigures figures, int position, Instant at) {
        AgendaItem item = new AgendaItem(meetingId, sectionId, ItemKind.DATA, text, null, "Cadence", false, position, at);
        item.sourceUrl = sourceUrl;
        item.sourceLabel = sourceLabel;
        if (figures != null) {
            item.metricName = figures.metric();
            item.periodFrom = figures.periodFrom();
            item.periodTo = figures.periodTo();
            item.valueFrom = figures.valueFrom();
            item.valueTo = figures.valueTo();
            item.targetShown = figures.target();
            item.statusFrom = figures.statusFrom();
            item.statusTo = figures.statusTo();
        }
        return item;
    }

    /** The metric's change this entry shows, or {@code null} (not a scorecard metric's change). */
    MetricFigures getFigures() {
        return metricName == null ? null
                : new MetricFigures(metricName, periodFrom, periodTo, valueFrom, valueTo, targetShown, statusFrom, statusTo);
    }

    /** Moves the item to {@code position} in its section (the priorities' order). */
    void moveTo(int position, String by, Instant at) {
        if (this.position != position) {
            this.position = position;
            touch(by, at);
        }
    }

    /** A copy of an undiscussed point in the next meeting, remembering where it came from. */
    AgendaItem movedTo(Long nextMeetingId, Long nextSectionId, int nextPosition, String by, Instant at) {
        AgendaItem copy = new AgendaItem(nextMeetingId, nextSectionId, kind, text, authorId, authorName, privateItem,
                nextPosition, at);
        copy.notes = notes;
        copy.movedFromId = id;
        copy.updatedByName = by;
        movedToMeetingId = nextMeetingId;
        touch(by, at);
        return copy;
    }

    void edit(String text, String notes, String by, Instant at) {
        this.text = text;
        this.notes = notes;
        touch(by, at);
    }

    void markDiscussed(boolean discussed, String by, Instant at) {
        this.discussed = discussed;
        touch(by, at);
    }

    /** The text cut to {@code max} characters, the cut marked with "…". */
    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private void touch(String by, Instant at) {
        updatedByName = by;
        updatedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getSectionId() {
        return sectionId;
    }

    ItemKind getKind() {
        return kind;
    }

    String getText() {
        return text;
    }

    String getNotes() {
        return notes;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getAuthorName() {
        return authorName;
    }

    boolean isPrivateItem() {
        return privateItem;
    }

    boolean isDiscussed() {
        return discussed;
    }

    String getSourceUrl() {
        return sourceUrl;
    }

    String getSourceLabel() {
        return sourceLabel;
    }

    Long getMovedFromId() {
        return movedFromId;
    }

    Long getMovedToMeetingId() {
        return movedToMeetingId;
    }

    int getPosition() {
        return position;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedByName() {
        return updatedByName;
    }

    long getVersion() {
        return version;
    }
}
