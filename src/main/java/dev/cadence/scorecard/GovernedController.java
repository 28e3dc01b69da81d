package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every governed subject has, written once: create ({@code /new}), edit ({@code /{key}/edit}),
 * propose a change ({@code /{key}/propose}) and move through the statuses ({@code /{key}/status}), under
 * the subclass's {@code @RequestMapping}. A subclass adds its list and its page, and says what differs:
 * its form, its words and what its form needs besides.
 */
abstract class GovernedController<V extends GovernedView, S, F extends GovernedForm<S>> {

    private final GovernedDefinitions<V, S> subjects;
    private final String base;
    private final String formView;
    private final String subjectAttribute;

    /**
     * @param base             where the subject's pages live, e.g. {@code /metrics}
     * @param formView         the template of its create, edit and propose form
     * @param subjectAttribute the model attribute the form reads the subject from ({@code null} when created)
     */
    GovernedController(GovernedDefinitions<V, S> subjects, String base, String formView, String subjectAttribute) {
        this.subjects = subjects;
        this.base = base;
        this.formView = formView;
        this.subjectAttribute = subjectAttribute;
    }

    /** An empty form for a new subject. */
    abstract F newForm();

    /** A form holding the subject as it is. */
    abstract F formOf(V subject);

    /** The status a new subject has when the form does not say. */
    abstract GovernanceStatus initialStatus();

    /** What the flash says once a subject is created. */
    abstract String createdMessage(V created);

    /** What the flash says once an edit is saved. */
    abstract String savedMessage(V saved);

    /** What else the form needs (choices for its selects), for this subject ({@code null} when created); nothing by default. */
    void addFormChoices(Model model, V subject) {
    }

    /**
     * What is wrong with the form that only the database can tell (a key taken, a number that does not fit the unit
     * chosen), added to {@code binding} beside its fields, so that one submit names every problem at once; nothing by
     * default. {@code key} is {@code null} when the subject is created.
     */
    void check(F form, String key, BindingResult binding) {
    }

    /** Creates the subject the form describes; a subclass whose form holds more than the spec says how. */
    V createFrom(F form, GovernanceStatus status, CadenceUser me) {
        return subjects.create(form.getKey(), form.spec(), status, me);
    }

    /** Saves the form over the subject, on the version the form was read at. */
    V saveFrom(String key, F form, CadenceUser me) {
        return subjects.update(key, form.spec(), form.getVersion(), me);
    }

    /** Proposes the form's change to the subject. */
    void proposeFrom(String key, F form, CadenceUser me) {
        subjects.propose(key, form.spec(), form.getRationale(), me);
    }

    @GetMapping("/new")
    String newSubject(@AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requireGovern(me);
        return form(model, newForm(), "create", null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") F form, BindingResult binding,
                  @RequestParam(required = false) GovernanceStatus status, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requireGovern(me);
        if ((form.getKey() == null || form.getKey().isBlank()) && !binding.hasFieldErrors("key")) {
            binding.rejectValue("key", "required", Governance.KEY_MESSAGE);
        }
        check(form, null, binding);
        onRefusal.showForm(formView, binding, (model, refusal) -> form(model, form, "create", null));
        V created = createFrom(form, status == null ? initialStatus() : status, me);
        Flash.success(redirect, createdMessage(created));
        return redirectToSubject(created.key());
    }

    @GetMapping("/{key}/edit")
    String edit(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requireGovern(me);
        V subject = subjects.get(key);
        return form(model, formOf(subject), "edit", subject);
    }

    @PostMapping("/{key}")
    String update(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") F form,
                  BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requireGovern(me);
        V subject = subjects.get(key);
        form.setKey(key);
        check(form, key, binding);
        onRefusal.showForm(formView, binding, (model, refusal) -> {
            if (refusal instanceof StaleEditException) {
                // Keep what was typed; the next save goes against the version now stored.
                form.setVersion(subjects.get(key).version());
            }
            form(model, form, "edit", subject);
        });
        V saved = saveFrom(key, form, me);
        Flash.success(redirect, savedMessage(saved));
        return redirectToSubject(key);
    }

    @GetMapping("/{key}/propose")
    String proposeForm(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requirePropose(me);
        V subject = subjects.get(key);
        return form(model, formOf(subject), "propose", subject);
    }

    @PostMapping("/{key}/proposals")
    String propose(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") F form,
                   BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requirePropose(me);
        V subject = subjects.get(key);
        form.setKey(key);
        check(form, key, binding);
        onRefusal.showForm(formView, binding, (model, refusal) -> form(model, form, "propose", subject));
        proposeFrom(key, form, me);
        Flash.success(redirect, "Your proposal waits for RevOps; it shows on this page until they decide.");
        return redirectToSubject(key);
    }

    @PostMapping("/{key}/status")
    String moveTo(@PathVariable String key, @RequestParam GovernanceStatus status, @RequestParam long version,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo(base + "/" + key);
        V moved = subjects.moveTo(key, status, version, me);
        Flash.success(redirect, moved.title() + " is now " + moved.status().label().toLowerCase() + ".");
        return redirectToSubject(key);
    }

    private String redirectToSubject(String key) {
        return "redirect:" + base + "/" + key;
    }

    private String form(Model model, F form, String mode, V subject) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode);
        model.addAttribute(subjectAttribute, subject);
        addFormChoices(model, subject);
        return formView;
    }
}
