package dev.cadence.decisions;

/** An edit of a locked area: nothing changed; the area must be reopened with a reason first (409). */
public class AreaLockedException extends RuntimeException {

    public AreaLockedException(String message) {
        super(message);
    }
}
