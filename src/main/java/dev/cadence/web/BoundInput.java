package dev.cadence.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the text and dates of a request become a handler's values, for every form field, query parameter,
 * path variable and header: text with a control character ({@link UserText}) is refused, and a date must
 * be an ISO date ({@code 2026-12-01}) within the years 1 to 9999 (what the database and the periods
 * hold). A refusal is a binding error with a message for whoever typed it: beside its field on a form,
 * a 400 naming the parameter otherwise ({@link RefusalAdvice}, {@code api.ApiExceptionHandler}).
 */
public final class BoundInput {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private BoundInput() {
    }

    /** Registered for every handler by {@link RefusalAdvice}. */
    static void register(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
    }

    /** A refusal as a property editor reports it: Spring turns it into a type mismatch carrying the refusal. */
    private static IllegalArgumentException refused(String message) {
        return new IllegalArgumentException(message, new RuleViolationException(message));
    }

    private static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            int at = UserText.firstControlCharacter(text);
            if (at >= 0) {
                throw refused(UserText.controlCharacterMessage(text, at));
            }
            setValue(text);
        }
    }

    private static final class DateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String typed = text.strip();
            LocalDate date;
            try {
                date = LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                throw refused("\"" + shown(typed) + "\" is not a date: write it as year-month-day, e.g. 2026-12-01.");
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw refused("Choose a date from the year " + FIRST_YEAR + " to " + LAST_YEAR + ".");
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    /**
     * What was wrong with a request that could not be read, in words: a parameter, path variable or header
     * refused or of the wrong type, or missing; a form with no place to show its errors; or a request the
     * firewall rejected.
     */
    public static String message(Exception malformed) {
        if (malformed instanceof MethodArgumentTypeMismatchException mismatch) {
            if (mismatch.getMostSpecificCause() instanceof RuleViolationException refused) {
                return "In \"" + mismatch.getName() + "\": " + refused.getMessage();
            }
            return "\"" + shown(String.valueOf(mismatch.getValue())) + "\" is not a valid " + mismatch.getName() + ": send "
                    + expected(mismatch.getRequiredType()) + ".";
        }
        if (malformed instanceof MethodArgumentNotValidException invalid && invalid.getFieldError() != null) {
            return "In \"" + invalid.getFieldError().getField() + "\": " + invalid.getFieldError().getDefaultMessage();
        }
        if (malformed instanceof MissingServletRequestParameterException missing) {
            return "Send the parameter \"" + missing.getParameterName() + "\".";
        }
        if (malformed instanceof InvalidPropertyException invalid) {
            // A form field naming a line the form cannot hold (lines[100000], lines[-1]).
            return "The form has no field \"" + shown(invalid.getPropertyName()) + "\".";
        }
        if (malformed instanceof RequestRejectedException) {
            return "The request carries a character Cadence does not accept in its address or headers.";
        }
        return "Cadence could not read this request.";
    }

    /** What a value of this type is written like. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number, e.g. 27.5";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-01";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return "a valid value";
    }

    private static String shown(String typed) {
        int at = UserText.firstControlCharacter(typed);
        String visible = at >= 0 ? typed.substring(0, at) + "…" : typed;
        return visible.length() <= 24 ? visible : visible.substring(0, 20) + "…";
    }
}
