package dev.cadence.web;

/**
 * Someone else saved the same thing after the editor loaded it. The message says what the other
 * person changed, so that the editor can redo their change knowingly; nothing was saved.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }

    /**
     * Someone else's save got in at the same moment, after this one had checked the version (what the database
     * refuses when nothing serialized the two): the other change is not known here, only that there was one.
     */
    public static StaleEditException lostRace() {
        return new StaleEditException("Someone else saved this at the same moment, so your change was not saved. "
                + "Look at it again and redo your change if it is still needed.");
    }
}
