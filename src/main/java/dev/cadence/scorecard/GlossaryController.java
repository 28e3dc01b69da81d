package dev.cadence.scorecard;

import dev.cadence.history.ChangeSet;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import jakarta.validation.Valid;
import dev.cadence.web.StaleEditException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

/** The glossary of shared terms: read by everyone, edited by RevOps, changes proposed by the rest. */
@Controller
@RequestMapping("/glossary")
class GlossaryController {

    private static final String FORM = "scorecard/term-form";

    private final GlossaryService glossary;

    GlossaryController(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("terms", glossary.all());
        model.addAttribute("pending", glossary.pendingProposals());
        model.addAttribute("canGovern", ScorecardPermissions.canGovern(me));
        return "scorecard/glossary";
    }

    @GetMapping("/new")
    String newTerm(@AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requireGovern(me);
        return form(model, new GlossaryForm(), "create", null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") GlossaryForm form, BindingResult binding,
                  @RequestParam(defaultValue = "APPROVED") GovernanceStatus status, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requireGovern(me);
        onRefusal.showForm(FORM, binding, (model, refusal) -> form(model, form, "create", null));
        TermView created = glossary.create(form.getKey(), form.spec(), status, me);
        Flash.success(redirect, "“" + created.term() + "” is in the glossary.");
        return "redirect:/glossary/" + created.key();
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("term", glossary.get(key));
        model.addAttribute("proposals", glossary.proposals(key));
        List<ChangeSet> history = new ArrayList<>(glossary.history(key));
        Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("canGovern", ScorecardPermissions.canGovern(me));
        model.addAttribute("canPropose", ScorecardPermissions.canPropose(me));
        model.addAttribute("me", me.personId());
        return "scorecard/term";
    }

    @GetMapping("/{key}/edit")
    String edit(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requireGovern(me);
        TermView term = glossary.get(key);
        return form(model, GlossaryForm.from(term), "edit", term);
    }

    @PostMapping("/{key}")
    String update(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") GlossaryForm form,
                  BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requireGovern(me);
        TermView term = glossary.get(key);
        form.setKey(key);
        onRefusal.showForm(FORM, binding, (model, refusal) -> {
            if (refusal instanceof StaleEditException) {
                // Keep what was typed; the next save goes against the version now stored.
                form.setVersion(glossary.get(key).version());
            }
            form(model, form, "edit", term);
        });
        glossary.update(key, form.spec(), form.getVersion(), me);
        Flash.success(redirect, "Saved. The change is in the term's history.");
        return "redirect:/glossary/" + key;
    }

    @GetMapping("/{key}/propose")
    String proposeForm(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requirePropose(me);
        TermView term = glossary.get(key);
        return form(model, GlossaryForm.from(term), "propose", term);
    }

    @PostMapping("/{key}/proposals")
    String propose(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") GlossaryForm form,
                   BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requirePropose(me);
        TermView term = glossary.get(key);
        form.setKey(key);
        onRefusal.showForm(FORM, binding, (model, refusal) -> form(model, form, "propose", term));
        glossary.propose(key, form.spec(), form.getRationale(), me);
        Flash.success(redirect, "Your proposal waits for RevOps; it shows on this term until they decide.");
        return "redirect:/glossary/" + key;
    }

    @PostMapping("/{key}/status")
    String moveTo(@PathVariable String key, @RequestParam GovernanceStatus status, @RequestParam long version,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/glossary/" + key);
        TermView term = glossary.moveTo(key, status, version, me);
        Flash.success(redirect, "“" + term.term() + "” is now " + term.status().label().toLowerCase() + ".");
        return "redirect:/glossary/" + key;
    }

    private static String form(Model model, GlossaryForm form, String mode, TermView term) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode);
        model.addAttribute("term", term);
        return FORM;
    }
}
