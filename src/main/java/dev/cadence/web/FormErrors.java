package dev.cadence.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a refused rule's message where the form shows it: beside its field (a nested one too, {@code lines[0].reason}),
 * or above the form.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, RuleViolationException violation) {
        if (violation.field() != null && binding.getTarget() != null
                && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(violation.field())) {
            binding.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            binding.reject("rule", violation.getMessage());
        }
    }
}
