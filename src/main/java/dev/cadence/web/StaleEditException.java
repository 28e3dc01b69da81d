package dev.cadence.web;

/**
 * Someone else saved the same thing after the editor loaded it. The message says what the other
 * person changed, so that the editor can redo their change knowingly; nothing was saved.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
