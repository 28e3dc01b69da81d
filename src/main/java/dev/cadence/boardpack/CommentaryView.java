package dev.cadence.boardpack;

import java.time.Instant;

/**
 * A section's commentary as shown and as frozen in a final version.
 *
 * @param version the commentary's version (what an editor saw), {@code null} when none is written
 */
public record CommentaryView(PackSection section, String body, String writtenBy, Instant writtenAt, Long version) {

    static CommentaryView none(PackSection section) {
        return new CommentaryView(section, null, null, null, null);
    }

    public boolean written() {
        return body != null && !body.isBlank();
    }
}
