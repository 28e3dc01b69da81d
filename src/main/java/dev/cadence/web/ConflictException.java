package dev.cadence.web;

/**
 * The request is well formed but the thing is in a state that refuses it ("the area is locked:
 * reopen it first"). Pages show the message; the API answers 409. Nothing has been changed.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
