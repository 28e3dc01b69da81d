package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import java.time.LocalDate;

/**
 * A panel of data shown in an agenda section ({@link SectionKind#PANEL}), as it stood on the meeting's day. A feature
 * that owns the data implements it as a Spring bean (any {@code @Component}); meetings find every bean by its
 * {@link #key()} and never depend on the feature. A template section names the key
 * ({@link TemplateSectionSpec#panel}); a key no bean provides shows as an ordinary discussion section with a note.
 * <p>
 * The panel is rendered on the meeting page and in its recap and PDF, outside any transaction of the meetings'. It
 * computes its content from data as of {@code asOf} (the meeting's scheduled day in the series' time zone): a past
 * meeting keeps showing what was true then, whatever arrived since. It may throw
 * {@link org.springframework.security.access.AccessDeniedException} when the viewer may not see its data (the
 * section then says so); any other failure is logged and shown as a note, never a broken page.
 */
public interface MeetingPanel {

    /** The key a template names: lower-case letters, digits and hyphens, at most 40 ({@code pipeline-what-moved}). */
    String key();

    /** What the panel shows, in a few words (the series page lists it beside the section). */
    String title();

    /** The panel's content as of that day, for that viewer. */
    PanelContent render(LocalDate asOf, CadenceUser viewer);
}
