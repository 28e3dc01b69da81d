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

/** One section of a series' agenda template, with its time box. */
@Entity
@Table(name = "agenda_template_section")
class TemplateSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false)
    private Long seriesId;

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

    @Version
    private long version;

    protected TemplateSection() {
    }

    TemplateSection(Long seriesId, int position, SectionKind kind, String title, String prompt, int minutes, String panelKey) {
        this.seriesId = seriesId;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.prompt = prompt;
        this.minutes = minutes;
        this.panelKey = panelKey;
    }

    /** The section as a template names it. */
    TemplateSectionSpec spec() {
        return new TemplateSectionSpec(kind, title, prompt, minutes, panelKey);
    }

    Long getId() {
        return id;
    }

    Long getSeriesId() {
        return seriesId;
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

    long getVersion() {
        return version;
    }
}
