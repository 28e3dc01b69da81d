package dev.cadence.charter;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.people.CadenceUser;
import java.util.List;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.RuleViolationException;
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

/**
 * The GTM charter's pages: the charter with its proposals and versions (everyone signed in reads it), the CEO's edit,
 * a proposal (everyone else but the board), the CEO's decision on a proposal, one version, and two versions compared.
 */
@Controller
@RequestMapping("/charter")
class CharterController {

    private static final String FORM = "charter/form";

    private final CharterService charter;

    CharterController(CharterService charter) {
        this.charter = charter;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", charter.page());
        permissions(model, me);
        if (CharterPermissions.canEdit(me) && !((CharterPage) model.getAttribute("page")).waiting().isEmpty()) {
            // The approve form files the decision under an area of the map, the charter's by default.
            List<DecisionAreaSummary> areas = charter.decisionAreas();
            model.addAttribute("areas", areas);
            model.addAttribute("charterArea", CharterService.charterArea(areas).orElse(null));
        }
        return "charter/show";
    }

    @GetMapping("/edit")
    String editForm(@AuthenticationPrincipal CadenceUser me, Model model) {
        CharterPermissions.requireEdit(me);
        return form(model, CharterForm.from(charter.current()), "edit");
    }

    @PostMapping
    String edit(@AuthenticationPrincipal CadenceUser me, @ModelAttribute("form") CharterForm form, BindingResult binding,
                OnRefusal onRefusal, RedirectAttributes redirect) {
        CharterPermissions.requireEdit(me);
        onRefusal.showForm(FORM, binding, (model, refusal) -> reshow(model, form, "edit", refusal));
        CharterView saved = charter.edit(form.drafts(), form.getRationale(), form.getVersion(), me);
        Flash.success(redirect, "Saved as version " + saved.number() + ". Everyone reads it now; the history keeps the one before.");
        return "redirect:/charter";
    }

    @GetMapping("/propose")
    String proposeForm(@AuthenticationPrincipal CadenceUser me, Model model) {
        CharterPermissions.requirePropose(me);
        return form(model, CharterForm.from(charter.current()), "propose");
    }

    @PostMapping("/proposals")
    String propose(@AuthenticationPrincipal CadenceUser me, @ModelAttribute("form") CharterForm form, BindingResult binding,
                   OnRefusal onRefusal, RedirectAttributes redirect) {
        CharterPermissions.requirePropose(me);
        onRefusal.showForm(FORM, binding, (model, refusal) -> reshow(model, form, "propose", refusal));
        CharterProposal proposal = charter.propose(form.drafts(), form.getRationale(), form.getVersion(), me);
        Flash.success(redirect, "Your proposal waits for the CEO; it shows on this page until they decide.");
        return "redirect:/charter#proposal-" + proposal.proposal().id();
    }

    @PostMapping("/proposals/{id}/{decision:approve|reject|withdraw}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) String areaId, @RequestParam(required = false) String overrideReason,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/charter");
        switch (decision) {
            case "approve" -> {
                // Without the form's area (another client), the charter's area; "" is the form's "None".
                CharterView approved = areaId == null ? charter.approve(id, comment, me)
                        : charter.approve(id, comment, area(areaId), overrideReason, me);
                Flash.success(redirect, "Approved: the charter is now version " + approved.number()
                        + ", its history shows the change, and the approval is in the decision log.");
            }
            case "reject" -> {
                charter.reject(id, comment, me);
                Flash.success(redirect, "Rejected; the proposer sees your comment.");
            }
            default -> {
                charter.withdraw(id, me);
                Flash.success(redirect, "Your proposal is withdrawn.");
            }
        }
        return "redirect:/charter";
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable int number, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("charter", charter.version(number));
        permissions(model, me);
        return "charter/version";
    }

    @GetMapping("/compare")
    String compare(@RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("comparison", charter.compare(from, to));
        model.addAttribute("history", charter.history());
        return "charter/compare";
    }

    private void reshow(Model model, CharterForm form, String mode, RuntimeException refusal) {
        if (refusal instanceof StaleEditException) {
            // What the others changed since the version the form was made on, above the form; saving again goes
            // against the version now stored, knowingly.
            CharterView now = charter.current();
            if (form.getVersion() >= 0 && form.getVersion() < now.number()) {
                model.addAttribute("theirs", charter.compare(form.getVersion(), now.number()));
            }
            form.setVersion(now.number());
        }
        form(model, form, mode);
    }

    private String form(Model model, CharterForm form, String mode) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode);
        return FORM;
    }

    private static Long area(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.trim());
        } catch (NumberFormatException notAnId) {
            throw new RuleViolationException("areaId", "Choose the decision area from the list.");
        }
    }

    private void permissions(Model model, CadenceUser me) {
        model.addAttribute("canGovern", CharterPermissions.canEdit(me));
        model.addAttribute("canPropose", CharterPermissions.canPropose(me));
        model.addAttribute("me", me.personId());
    }
}
