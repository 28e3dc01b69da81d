package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decision-rights map, an area's page, and the map's cells: an editor changes a cell in place
 * and the area's row comes back (htmx), or the refusal in its place.
 */
@Controller
@RequestMapping("/decision-rights")
class DecisionRightsController {

    private final DecisionRightsService rights;

    DecisionRightsController(DecisionRightsService rights) {
        this.rights = rights;
    }

    @GetMapping
    String map(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("map", rights.map(me));
        return "decisions/map";
    }

    @PostMapping
    String createArea(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                      @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        try {
            AreaRow area = rights.createArea(name, description, me);
            Flash.success(redirect, area.name() + " is on the map as a draft: fill in its cells, then agree and lock it.");
        } catch (RuleViolationException refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/decision-rights";
    }

    @GetMapping("/{id}")
    String area(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", rights.page(id, me));
        model.addAttribute("roles", RightRole.values());
        return "decisions/area";
    }

    @PostMapping("/{id}")
    String describe(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String description, @RequestParam long version,
                    @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        try {
            rights.describeArea(id, name, description, version, me);
            Flash.success(redirect, "Saved. The change is in the area's history.");
        } catch (RuleViolationException | StaleEditException | AreaLockedException refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/decision-rights/" + id;
    }

    /** One cell; from htmx the area's row comes back (with the refusal in place), otherwise the map. */
    @PostMapping("/{id}/cells/{personId}")
    String setCell(@PathVariable long id, @PathVariable long personId, @RequestParam(required = false) String role,
                   @RequestParam long version, @RequestParam(defaultValue = "false") boolean handover,
                   @AuthenticationPrincipal CadenceUser me, @RequestHeader(value = "HX-Request", required = false) String hx, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        String error = null;
        RightCell handoverTo = null;
        try {
            AreaRow row = rights.setCell(id, personId, RightRole.parse(role), version, handover, me);
            if (!"true".equals(hx)) {
                Flash.success(redirect, "Saved: " + row.name() + ".");
                return "redirect:/decision-rights";
            }
            model.addAttribute("justSaved", personId);
            return row(row, me, model);
        } catch (RuleViolationException violation) {
            response.setStatus(422);
            error = violation.getMessage();
            if (RightRole.DECIDE.name().equalsIgnoreCase(String.valueOf(role)) || "D".equalsIgnoreCase(String.valueOf(role))) {
                handoverTo = rights.row(id).cells().stream().filter(c -> c.personId() == personId).findFirst().orElse(null);
            }
        } catch (StaleEditException stale) {
            response.setStatus(409);
            error = stale.getMessage();
        } catch (AreaLockedException locked) {
            response.setStatus(409);
            error = locked.getMessage();
        }
        if (!"true".equals(hx)) {
            Flash.error(redirect, error);
            return "redirect:/decision-rights";
        }
        model.addAttribute("error", error);
        model.addAttribute("handoverTo", handoverTo);
        return row(rights.row(id), me, model);
    }

    @PostMapping("/{id}/agree")
    String agree(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "map") String back,
                 @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        try {
            AreaRow row = rights.agree(id, version, me);
            Flash.success(redirect, row.name() + " is agreed: " + row.deciderName() + " decides.");
        } catch (RuleViolationException | StaleEditException | AreaLockedException refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return back(back, id);
    }

    @PostMapping("/{id}/lock")
    String lock(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "map") String back,
                @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        try {
            AreaRow row = rights.lock(id, version, me);
            Flash.success(redirect, row.name() + " is locked. Changing it now needs a reopening with a reason.");
        } catch (RuleViolationException | StaleEditException | AreaLockedException refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return back(back, id);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam long version,
                  @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        try {
            AreaRow row = rights.reopen(id, reason, version, me);
            Flash.success(redirect, row.name() + " is reopened (" + row.reopenedThisQuarter()
                    + "× this quarter). Edit it, then lock it again.");
        } catch (RuleViolationException | StaleEditException refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/decision-rights/" + id;
    }

    private String row(AreaRow row, CadenceUser me, Model model) {
        model.addAttribute("area", row);
        model.addAttribute("canEdit", DecisionPermissions.canEditRights(me));
        return "decisions/row :: row";
    }

    private static String back(String back, long id) {
        return "area".equals(back) ? "redirect:/decision-rights/" + id : "redirect:/decision-rights";
    }
}
