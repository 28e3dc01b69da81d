package dev.cadence.meetings;

/**
 * A section of a new series' agenda template, with its time box in minutes; a {@link SectionKind#PANEL} section names the
 * {@link MeetingPanel#key() panel} it shows, any other names none.
 */
public record TemplateSectionSpec(SectionKind kind, String title, String prompt, int minutes, String panelKey) {

    public TemplateSectionSpec {
        if ((kind == SectionKind.PANEL) != (panelKey != null)) {
            throw new IllegalArgumentException("A panel section names its panel; no other section does: " + title);
        }
    }

    public TemplateSectionSpec(SectionKind kind, String title, String prompt, int minutes) {
        this(kind, title, prompt, minutes, null);
    }

    /** A section showing the panel {@code panelKey} above its talking points. */
    public static TemplateSectionSpec panel(String panelKey, String title, String prompt, int minutes) {
        return new TemplateSectionSpec(SectionKind.PANEL, title, prompt, minutes, panelKey);
    }
}
