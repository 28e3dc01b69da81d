package dev.cadence.people;

import jakarta.validation.Valid;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.Flash;
import dev.cadence.web.StaleEditException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's people pages: add people, change their roles, deactivate, reset passwords. */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminController {

    private final PersonService people;

    PeopleAdminController(PersonService people) {
        this.people = people;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("people", people.everyone());
        return "people/list";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return "people/new";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, OnRefusal onRefusal,
               RedirectAttributes redirect) {
        onRefusal.showForm("people/new", binding, (model, refusal) -> model.addAttribute("allRoles", allRoles()));
        NewPerson added = people.add(form.details(), form.getRoles());
        Flash.success(redirect, added.person().name() + " can now sign in as " + added.person().username()
                + " with the one-time password " + added.oneTimePassword()
                + " — it is shown only this once; they choose their own password at first sign-in.");
        return "redirect:/admin/people/" + added.person().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PersonView person = people.get(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.from(person));
        return "people/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.showForm("people/edit", binding, (model, refusal) -> {
            PersonView current = people.get(id);
            if (refusal instanceof StaleEditException) {
                // Keep what the administrator typed, but let the next save go against the current version.
                form.setVersion(current.version());
            }
            model.addAttribute("person", current);
            model.addAttribute("allRoles", allRoles());
        });
        PersonView saved = people.update(id, form.details(), form.getRoles(), form.getVersion(), me.personId());
        Flash.success(redirect, "Saved " + saved.name() + ".");
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CadenceUser me,
                      OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/admin/people/" + id);
        PersonView person = people.deactivate(id, version, me.personId());
        Flash.success(redirect, person.name() + " is deactivated and can no longer sign in.");
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam long version, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/admin/people/" + id);
        PersonView person = people.reactivate(id, version);
        Flash.success(redirect, person.name() + " can sign in again.");
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        String oneTimePassword = people.resetPassword(id);
        PersonView person = people.get(id);
        Flash.success(redirect, "Give " + person.name() + " the one-time password " + oneTimePassword
                + " — it is shown only this once. They choose a new password at their next sign-in.");
        return "redirect:/admin/people/" + id;
    }
}
