package dev.cadence.people;

/** Cadence would start with nobody able to administer it. */
class NoAdministratorException extends RuntimeException {

    NoAdministratorException(String message) {
        super(message);
    }
}
