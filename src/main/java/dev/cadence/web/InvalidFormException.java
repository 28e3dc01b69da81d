package dev.cadence.web;

import org.springframework.validation.BindingResult;

/** A form whose fields break their constraints (Bean Validation, wrong types); shown again with every error. */
public class InvalidFormException extends RuntimeException {

    private final transient BindingResult form;

    public InvalidFormException(BindingResult form) {
        super(form.getAllErrors().isEmpty() ? "Check the form." : form.getAllErrors().get(0).getDefaultMessage());
        this.form = form;
    }

    public BindingResult form() {
        return form;
    }
}
