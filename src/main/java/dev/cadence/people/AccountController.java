package dev.cadence.people;

import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TimeZones;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: who they are in Cadence, choosing their password, and which e-mails they receive. */
@Controller
class AccountController {

    private final PersonService people;
    private final EmailPreferenceService emailPreferences;
    private final Clock clock;
    private final boolean mailServerConfigured;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    AccountController(PersonService people, EmailPreferenceService emailPreferences, Clock clock,
                      @Value("${spring.mail.host:}") String mailHost) {
        this.people = people;
        this.clock = clock;
        this.emailPreferences = emailPreferences;
        this.mailServerConfigured = !mailHost.isBlank();
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("emailForm", EmailForm.from(emailPreferences.of(me.personId())));
        fill(model, me);
        return "account/show";
    }

    @PostMapping("/account/email")
    String chooseEmails(@AuthenticationPrincipal CadenceUser me, @ModelAttribute("emailForm") EmailForm form, BindingResult binding,
                        OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.showForm("account/show", binding, (model, refusal) -> {
            if (refusal instanceof StaleEditException) {
                // What they ticked stays; saving again goes against what is stored now, knowingly.
                form.setVersion(emailPreferences.of(me.personId()).version());
            }
            model.addAttribute("form", new PasswordForm());
            fill(model, me);
        });
        EmailPreferences saved = emailPreferences.choose(me.personId(), form.isRecaps(), form.isDigest(), form.getVersion());
        Flash.success(redirect, "E-mail preferences saved: " + saved.describe() + ".");
        return "redirect:/account";
    }

    /** The zone the person reads times in (blank: the company's); the session reads them in it from the next page on. */
    @PostMapping("/account/time-zone")
    String chooseTimeZone(@AuthenticationPrincipal CadenceUser me, @RequestParam(defaultValue = "") String timeZone,
                          OnRefusal onRefusal, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        onRefusal.redirectTo("/account");
        people.chooseTimeZone(me.personId(), timeZone);
        CadenceUser updated = me.withTimeZone(timeZone.isBlank() ? null : TimeZones.region(timeZone).getId());
        replacePrincipal(updated, request, response);
        Flash.success(redirect, updated.timeZone().map(z -> "Times now read in " + z.getId() + ".")
                .orElse("Times now read in the company's time zone, " + clock.getZone().getId() + "."));
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CadenceUser me, @ModelAttribute("form") PasswordForm form,
                          BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect,
                          HttpServletRequest request, HttpServletResponse response) {
        onRefusal.showForm("account/show", binding, (model, refusal) -> {
            model.addAttribute("emailForm", EmailForm.from(emailPreferences.of(me.personId())));
            fill(model, me);
        });
        people.changeOwnPassword(me.personId(), form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation());
        if (me.mustChangePassword()) {
            // The session may now go everywhere: replace the principal that still says "must change".
            replacePrincipal(me.withPasswordChosen(), request, response);
            Flash.success(redirect, "Your password is set. Welcome to Cadence.");
            return "redirect:/";
        }
        Flash.success(redirect, "Your password is changed.");
        return "redirect:/account";
    }

    private void replacePrincipal(CadenceUser updated, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }

    private void fill(Model model, CadenceUser me) {
        model.addAttribute("person", people.get(me.personId()));
        model.addAttribute("zones", TimeZones.ALL);
        model.addAttribute("companyZone", clock.getZone().getId());
        model.addAttribute("chosenZone", me.timeZone().map(ZoneId::getId).orElse(""));
        model.addAttribute("mailServerConfigured", mailServerConfigured);
    }

    /** The e-mail preferences form: two choices and the version they were read at. */
    public static class EmailForm {
        private boolean recaps;
        private boolean digest;
        private long version;

        static EmailForm from(EmailPreferences preferences) {
            EmailForm form = new EmailForm();
            form.recaps = preferences.recaps();
            form.digest = preferences.digest();
            form.version = preferences.version();
            return form;
        }

        public boolean isRecaps() {
            return recaps;
        }

        public void setRecaps(boolean recaps) {
            this.recaps = recaps;
        }

        public boolean isDigest() {
            return digest;
        }

        public void setDigest(boolean digest) {
            this.digest = digest;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
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
