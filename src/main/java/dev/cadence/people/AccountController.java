package dev.cadence.people;

import dev.cadence.web.OnRefusal;
import dev.cadence.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: who they are in Cadence, and choosing their password. */
@Controller
class AccountController {

    private final PersonService people;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    AccountController(PersonService people) {
        this.people = people;
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("person", people.get(me.personId()));
        model.addAttribute("form", new PasswordForm());
        return "account/show";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CadenceUser me, @ModelAttribute("form") PasswordForm form,
                          BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect,
                          HttpServletRequest request, HttpServletResponse response) {
        onRefusal.showForm("account/show", binding, (model, refusal) -> model.addAttribute("person", people.get(me.personId())));
        people.changeOwnPassword(me.personId(), form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation());
        if (me.mustChangePassword()) {
            // The session may now go everywhere: replace the principal that still says "must change".
            CadenceUser updated = me.withPasswordChosen();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            securityContexts.saveContext(context, request, response);
            Flash.success(redirect, "Your password is set. Welcome to Cadence.");
            return "redirect:/";
        }
        Flash.success(redirect, "Your password is changed.");
        return "redirect:/account";
    }

    /** The password form; the rules are checked by {@link PersonService#changeOwnPassword}. */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmation;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
