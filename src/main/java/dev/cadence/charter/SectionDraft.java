package dev.cadence.charter;

/**
 * A section as someone typed it into the charter's form.
 *
 * @param key    the section's key when it exists already; {@code null} or blank for a new one (named after its title)
 * @param remove whether the section is to be dropped
 */
public record SectionDraft(String key, String title, String body, boolean remove) {
}
