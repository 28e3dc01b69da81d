package dev.cadence.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Puts a refused rule's message where the form shows it: beside its field, or above the form. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, RuleViolationException violation) {
        if (violation.field() != null && binding.getTarget() != null
                && BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), violation.field()) != null) {
            binding.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            binding.reject("rule", violation.getMessage());
        }
    }
}
