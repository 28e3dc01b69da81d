package dev.cadence.meetings;

/** A section of a new series' agenda template, with its time box in minutes. */
public record TemplateSectionSpec(SectionKind kind, String title, String prompt, int minutes) {
}
