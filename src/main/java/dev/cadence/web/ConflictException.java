package dev.cadence.web;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The request is well formed but the thing is in a state that refuses it ("the area is locked:
 * reopen it first"). Pages show the message; the API answers 409. Nothing has been changed.
 */
public class ConflictException extends RuntimeException {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    public ConflictException(String message) {
        super(message);
    }

    /**
     * The refusal of a save the database found a duplicate of (a key, a name that must be unique): the service
     * checked there was none, and someone else saved the same at that moment. Empty for any other violation.
     */
    public static Optional<ConflictException> ofDuplicate(DataIntegrityViolationException violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(new ConflictException("Someone else saved the same at the same moment, and it can "
                        + "exist only once, so yours was not saved. Look again: what you meant may be there already."));
            }
        }
        return Optional.empty();
    }
}
