package dev.cadence.database;

/** No PostgreSQL database answered; the message lists what was tried. */
class DatabaseUnreachableException extends RuntimeException {

    DatabaseUnreachableException(String message) {
        super(message);
    }
}
