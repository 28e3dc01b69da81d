package dev.cadence.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of one meeting, copied from the series' template when the meeting was created. */
@Entity
@Table(name = "meeting_section")
class MeetingSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionKind kind;

    @Column(nullable = false)
    private String title;

    private String prompt;

    @Column(nullable = false)
    private int minutes;

    /** The {@link MeetingPanel} a {@link SectionKind#PANEL} section shows; {@code null} for every other kind. */
    @Column(name = "panel_key")
    private String panelKey;

    protected MeetingSection() {
    }

    MeetingSection(Long meetingId, TemplateSection template) {
        this.meetingId = meetingId;
        this.position = template.getPosition();
        this.kind = template.getKind();
        this.title = template.getTitle();
        this.prompt = template.getPrompt();
        this.minutes = template.getMinutes();
        this.panelKey = template.getPanelKey();
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    int getPosition() {
        return position;
    }

    SectionKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getPrompt() {
        return prompt;
    }

    int getMinutes() {
        return minutes;
    }

    String getPanelKey() {
        return panelKey;
    }
}
