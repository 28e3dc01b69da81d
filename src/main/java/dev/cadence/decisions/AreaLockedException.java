package dev.cadence.decisions;

import dev.cadence.web.ConflictException;

/** An edit of a locked area: nothing changed; the area must be reopened with a reason first (409). */
public class AreaLockedException extends ConflictException {

    public AreaLockedException(String message) {
        super(message);
    }
}
