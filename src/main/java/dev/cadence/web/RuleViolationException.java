package dev.cadence.web;

/**
 * A request that breaks one of the product's rules ("the last active administrator cannot be
 * deactivated"). Nothing has been changed when it is thrown; its message is written for the person
 * who made the request. When the rule concerns one field of a form, {@link #field()} names it so
 * that the message is shown beside that field.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String message) {
        this(null, message);
    }

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the rule concerns, or {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }
}
