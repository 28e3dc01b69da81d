package dev.cadence.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * How a page handler wants a refusal shown, declared before it acts; {@link RefusalAdvice} shows it.
 * Handlers take it as an argument and never catch a refusal themselves:
 * <ul>
 *   <li>{@link #showForm} — a full-page form comes back (422, 409 when stale) with every error beside its field;</li>
 *   <li>{@link #showFormInPlace} — an htmx form fragment comes back in place of the form (re-targeted);</li>
 *   <li>{@link #redirectTo} — a redirecting action goes back there with the message as a flash.</li>
 * </ul>
 * Undeclared, an htmx request gets the message alone (shown beside what was clicked), and a full-page
 * request a flash on the page it came from.
 */
public final class OnRefusal {

    static final String ATTRIBUTE = OnRefusal.class.getName();

    /** Fills the model of a form shown again: the page around it and its lists; {@code refusal} says why it is shown. */
    @FunctionalInterface
    public interface FormModel {
        void fill(Model model, RuntimeException refusal);
    }

    private String view;
    private String target;
    private BindingResult form;
    private FormModel formModel;
    private String redirect;

    OnRefusal() {
    }

    /**
     * On a refusal, show {@code view} again with {@code form} as typed and its errors. When the form already
     * has errors (Bean Validation, a value of the wrong type), it is refused at once: the handler goes no further.
     */
    public void showForm(String view, BindingResult form, FormModel formModel) {
        this.view = view;
        this.form = form;
        this.formModel = formModel;
        if (form.hasErrors()) {
            throw new InvalidFormException(form);
        }
    }

    /** Like {@link #showForm}, for an htmx form: the fragment {@code view} replaces the element {@code target} (a CSS selector). */
    public void showFormInPlace(String target, String view, BindingResult form, FormModel formModel) {
        this.target = target;
        showForm(view, form, formModel);
    }

    /** On a refusal, go to {@code path} (within the app) and show the message there. */
    public void redirectTo(String path) {
        this.redirect = path;
    }

    /** Like {@link #redirectTo(String)}, for a small form: one whose fields could not be read is refused at once. */
    public void redirectTo(String path, BindingResult form) {
        this.redirect = path;
        if (form.hasErrors()) {
            throw new InvalidFormException(form);
        }
    }

    String view() {
        return view;
    }

    String target() {
        return target;
    }

    BindingResult form() {
        return form;
    }

    FormModel formModel() {
        return formModel;
    }

    String redirect() {
        return redirect;
    }
}
