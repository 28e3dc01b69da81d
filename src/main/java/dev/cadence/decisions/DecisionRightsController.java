package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.RuleViolationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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
        model.addAttribute("areaForm", new AreaForms.Area());
        return "decisions/map";
    }

    @PostMapping
    String createArea(@ModelAttribute("areaForm") AreaForms.Area form, BindingResult binding,
                      @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.showForm("decisions/map", binding, (page, refusal) -> page.addAttribute("map", rights.map(me)));
        AreaRow area = rights.createArea(form.getName(), form.getDescription(), me);
        Flash.success(redirect, area.name() + " is on the map as a draft: fill in its cells, then agree and lock it.");
        return "redirect:/decision-rights";
    }

    @GetMapping("/{id}")
    String area(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        return areaPage(id, me, model);
    }

    /** The area's page; a form refused on it is already in the model, filled in, and stays so. */
    private String areaPage(long id, CadenceUser me, Model model) {
        AreaPage page = rights.page(id, me);
        model.addAttribute("page", page);
        model.addAttribute("roles", RightRole.values());
        if (!model.containsAttribute("areaForm")) {
            model.addAttribute("areaForm", AreaForms.Area.from(page.area()));
        }
        if (!model.containsAttribute("reopenForm")) {
            model.addAttribute("reopenForm", new AreaForms.Reopen());
        }
        return "decisions/area";
    }

    @PostMapping("/{id}")
    String describe(@PathVariable long id, @ModelAttribute("areaForm") AreaForms.Area form, BindingResult binding,
                    @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.showForm("decisions/area", binding, (page, refusal) -> areaPage(id, me, page));
        rights.describeArea(id, form.getName(), form.getDescription(), form.getVersion(), me);
        Flash.success(redirect, "Saved. The change is in the area's history.");
        return "redirect:/decision-rights/" + id;
    }

    /** One cell changed in place (htmx): the area's row comes back, with the refusal in it when there is one. */
    @HxRequest
    @PostMapping("/{id}/cells/{personId}")
    String setCellInPlace(@PathVariable long id, @PathVariable long personId, @ModelAttribute("cellForm") CellForm form,
                          BindingResult binding, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.showForm("decisions/row :: row", binding, (page, refusal) -> {
            AreaRow current = rights.row(id);
            // A second Decide is refused with the offer to hand Decide over to this person instead.
            if (refusal instanceof RuleViolationException && form.decides()) {
                page.addAttribute("handoverTo", current.cells().stream().filter(c -> c.personId() == personId).findFirst().orElse(null));
            }
            row(current, me, page);
        });
        AreaRow row = rights.setCell(id, personId, RightRole.parse(form.getRole()), form.getVersion(), form.isHandover(), me);
        model.addAttribute("justSaved", personId);
        return row(row, me, model);
    }

    /** The same without htmx: back to the map, with the outcome as a flash. */
    @PostMapping("/{id}/cells/{personId}")
    String setCell(@PathVariable long id, @PathVariable long personId, @ModelAttribute("cellForm") CellForm form,
                   @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.redirectTo("/decision-rights");
        AreaRow row = rights.setCell(id, personId, RightRole.parse(form.getRole()), form.getVersion(), form.isHandover(), me);
        Flash.success(redirect, "Saved: " + row.name() + ".");
        return "redirect:/decision-rights";
    }

    @PostMapping("/{id}/agree")
    String agree(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "map") String back,
                 @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.redirectTo(back(back, id));
        AreaRow row = rights.agree(id, version, me);
        Flash.success(redirect, row.name() + " is agreed: " + row.deciderName() + " decides.");
        return "redirect:" + back(back, id);
    }

    @PostMapping("/{id}/lock")
    String lock(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "map") String back,
                @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.redirectTo(back(back, id));
        AreaRow row = rights.lock(id, version, me);
        Flash.success(redirect, row.name() + " is locked. Changing it now needs a reopening with a reason.");
        return "redirect:" + back(back, id);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @ModelAttribute("reopenForm") AreaForms.Reopen form, BindingResult binding,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireEditRights(me);
        onRefusal.showForm("decisions/area", binding, (page, refusal) -> areaPage(id, me, page));
        AreaRow row = rights.reopen(id, form.getReason(), form.getVersion(), me);
        Flash.success(redirect, row.name() + " is reopened (" + row.reopenedThisQuarter()
                + "× this quarter). Edit it, then lock it again.");
        return "redirect:/decision-rights/" + id;
    }

    /** A cell as the map's select posts it. */
    static class CellForm {
        private String role;
        private long version;
        private boolean handover;

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public boolean isHandover() {
            return handover;
        }

        public void setHandover(boolean handover) {
            this.handover = handover;
        }

        boolean decides() {
            return RightRole.DECIDE.name().equalsIgnoreCase(String.valueOf(role)) || "D".equalsIgnoreCase(String.valueOf(role));
        }
    }

    private String row(AreaRow row, CadenceUser me, Model model) {
        model.addAttribute("area", row);
        model.addAttribute("canEdit", DecisionPermissions.canEditRights(me));
        return "decisions/row :: row";
    }

    private static String back(String back, long id) {
        return "area".equals(back) ? "/decision-rights/" + id : "/decision-rights";
    }
}
