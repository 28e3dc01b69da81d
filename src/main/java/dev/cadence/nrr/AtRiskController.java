package dev.cadence.nrr;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UploadedCsv;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRefreshView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The at-risk accounts: a row edited in place (htmx: its editor swaps in, comes back as the row, or stays with the
 * refusal beside the field), added, closed as saved or churned; an account's page with its history; the CSV import.
 */
@Controller
@RequestMapping("/nrr/accounts")
class AtRiskController {

    private static final String ROW = "nrr/index :: account-row";
    private static final String EDITOR = "nrr/index :: account-editor";

    private final AtRiskService accounts;
    private final AccountImportService imports;
    private final PersonService people;

    AtRiskController(AtRiskService accounts, AccountImportService imports, PersonService people) {
        this.accounts = accounts;
        this.imports = imports;
        this.people = people;
    }

    @HxRequest
    @GetMapping("/{id}")
    String row(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        return row(accounts.account(id, me), me, model);
    }

    /** The account's page: what it is now and every change. */
    @GetMapping("/{id}")
    String account(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("a", accounts.account(id, me));
        model.addAttribute("history", accounts.history(id, me));
        return "nrr/account";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        AccountView a = accounts.account(id, me);
        NrrPermissions.requireEditAccount(me, a.ownerId());
        model.addAttribute("a", a);
        model.addAttribute("accountForm", NrrForms.Account.from(a));
        model.addAttribute("owners", people.leadershipTeam());
        return EDITOR;
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("accountForm") NrrForms.Account form, BindingResult binding,
                @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        onRefusal.showFormInPlace("#account-" + id, EDITOR, binding, (refused, why) -> {
            AccountView current = accounts.account(id, me);
            if (why instanceof StaleEditException) {
                // Theirs is shown, ours stays in the editor; saving again (with their version) replaces theirs knowingly.
                refused.addAttribute("theirs", why.getMessage());
                form.setVersion(current.version());
            }
            refused.addAttribute("a", current);
            refused.addAttribute("owners", people.leadershipTeam());
        });
        return row(accounts.save(id, form.spec(), form.getVersion(), me), me, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam Escalation outcome, @RequestParam long version,
                 @AuthenticationPrincipal CadenceUser me, Model model) {
        return row(accounts.close(id, outcome, version, me), me, model);
    }

    @PostMapping
    ModelAndView add(@Valid @ModelAttribute("accountForm") NrrForms.Account form, BindingResult binding,
                     @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal) {
        onRefusal.showFormInPlace("#account-add", "nrr/index :: account-add", binding,
                (refused, why) -> refused.addAttribute("owners", people.leadershipTeam()));
        accounts.add(form.spec(), me);
        return new ModelAndView(new HtmxRefreshView());
    }

    // ---- import ----

    @GetMapping("/import")
    String importForm(@AuthenticationPrincipal CadenceUser me, Model model) {
        NrrPermissions.requireEditAccounts(me);
        model.addAttribute("columns", String.join(",", AccountImportService.COLUMNS));
        return "nrr/import";
    }

    @PostMapping("/import")
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
                   @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) throws IOException {
        String text;
        try {
            text = UploadedCsv.text(file, csv);
        } catch (RuleViolationException both) {
            // Both a file and pasted text: the form again, the text kept, nothing read.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("columns", String.join(",", AccountImportService.COLUMNS));
            model.addAttribute("pasted", csv);
            model.addAttribute("inputError", both.getMessage());
            return "nrr/import";
        }
        model.addAttribute("report", imports.preview(text, me));
        model.addAttribute("columns", String.join(",", AccountImportService.COLUMNS));
        model.addAttribute("csv", text == null ? "" : text);
        model.addAttribute("fileName", file != null && !file.isEmpty() ? file.getOriginalFilename() : null);
        return "nrr/import";
    }

    @PostMapping("/import/commit")
    String commit(@RequestParam String csv, @AuthenticationPrincipal CadenceUser me, Model model, RedirectAttributes redirect) {
        try {
            AccountImport report = imports.commit(csv, me);
            Flash.success(redirect, "At-risk accounts imported: " + report.summary() + ".");
            return "redirect:/nrr";
        } catch (AccountImportRefusedException refused) {
            model.addAttribute("columns", String.join(",", AccountImportService.COLUMNS));
            model.addAttribute("report", refused.report());
            model.addAttribute("csv", csv);
            model.addAttribute("refused", refused.getMessage());
            return "nrr/import";
        }
    }

    private static String row(AccountView a, CadenceUser me, Model model) {
        model.addAttribute("a", a);
        model.addAttribute("canEdit", NrrPermissions.canEditAccount(me, a.ownerId()));
        return ROW;
    }
}
