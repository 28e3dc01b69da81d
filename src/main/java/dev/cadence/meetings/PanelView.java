package dev.cadence.meetings;

import java.time.LocalDate;

/**
 * A panel section's panel as one viewer sees it: the {@link PanelContent} computed as of the meeting's day, or, when
 * there is none to show (no bean provides the key, the viewer may not see it, it failed), a note saying why.
 *
 * @param key     the panel key the section names
 * @param title   the panel's title ({@code null} when no bean provides the key)
 * @param asOf    the meeting's day in the series' time zone
 * @param content what to render, or {@code null}
 * @param note    why there is nothing to render, or {@code null}
 */
public record PanelView(String key, String title, LocalDate asOf, PanelContent content, String note) {

    public boolean shown() {
        return content != null;
    }
}
