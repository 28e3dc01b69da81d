package dev.cadence.web;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a refused rule's message where the form shows it: beside its field, or above the form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, RuleViolationException violation) {
        if (violation.field() != null && binding.getTarget() != null
                && BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), violation.field()) != null) {
            binding.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            binding.reject("rule", violation.getMessage());
        }
    }

    /**
     * Refuses a form whose fields the binder could not fill, as a rule broken on the first such field:
     * with the message the converter wrote for people ("\"abc\" is not a number…", see
     * {@link NumberFormatter}), else a plain one. For handlers that report refusals their own way (an
     * htmx fragment, a flash message) rather than beside the form's fields.
     */
    public static void requireBound(BindingResult binding) {
        FieldError error = binding.getFieldError();
        if (error == null) {
            return;
        }
        if (error.contains(TypeMismatchException.class)
                && error.unwrap(TypeMismatchException.class).getMostSpecificCause() instanceof RuleViolationException readable) {
            throw new RuleViolationException(error.getField(), readable.getMessage());
        }
        throw new RuleViolationException(error.getField(), "The " + error.getField() + " sent is not valid.");
    }
}
