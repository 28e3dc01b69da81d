package dev.cadence.drivers;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.util.Map;
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
 * The trees, a tree's page with its what-if (one URL: the whole page, or from htmx only the regions a what-if
 * changes), a node's page with its plan form and history, the structure's forms, scenarios and snapshots.
 */
@Controller
@RequestMapping("/drivers")
class DriverController {

    private final DriverService drivers;

    DriverController(DriverService drivers) {
        this.drivers = drivers;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("trees", drivers.trees());
        model.addAttribute("canEditStructure", DriverPermissions.canEditStructure(me));
        return "drivers/index";
    }

    @GetMapping("/new")
    String newTree(@AuthenticationPrincipal CadenceUser me, Model model) {
        DriverPermissions.requireEditStructure(me);
        model.addAttribute("form", new TreeForm());
        return treeForm(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") TreeForm form, BindingResult binding,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        DriverPermissions.requireEditStructure(me);
        onRefusal.showForm("drivers/tree-form", binding, (model, refusal) -> treeForm(model));
        long id = drivers.createTree(form.getName(), form.getDescription(), form.getOutcomeKey(), form.getOutcomeName(), form.getUnit(),
                form.getTarget(), form.getTargetDate(), me);
        Flash.success(redirect, "Tree created. Add its levers and computed nodes, then write the outcome's formula.");
        return "redirect:/drivers/" + id;
    }

    private String treeForm(Model model) {
        model.addAttribute("units", DriverUnit.values());
        return "drivers/tree-form";
    }

    @GetMapping("/{id}")
    String tree(@PathVariable long id, @ModelAttribute("whatIf") WhatIfForm whatIf, BindingResult binding,
                @RequestParam(required = false) Long scenario, @RequestParam(defaultValue = "10") int swing,
                @RequestParam(required = false) String seek, @AuthenticationPrincipal CadenceUser me, Model model) {
        requireReadable(binding);
        model.addAttribute("page", drivers.page(id, whatIf.getValues(), scenario, swing, seek));
        model.addAttribute("canEditStructure", DriverPermissions.canEditStructure(me));
        model.addAttribute("canSaveScenario", DriverPermissions.canSaveScenario(me));
        return "drivers/tree";
    }

    /** A what-if from the page: only the regions it changes (outcome, gap, tree, sentences, goal seek, tornado). */
    @HxRequest
    @GetMapping("/{id}")
    String whatIf(@PathVariable long id, @ModelAttribute("whatIf") WhatIfForm whatIf, BindingResult binding,
                  @RequestParam(required = false) Long scenario, @RequestParam(defaultValue = "10") int swing,
                  @RequestParam(required = false) String seek, Model model) {
        requireReadable(binding);
        model.addAttribute("page", drivers.page(id, whatIf.getValues(), scenario, swing, seek));
        return "drivers/tree :: live";
    }

    /**
     * The goal seek of the lever chosen on the page, holding the others at the what-if being tried: from htmx the
     * answer alone; otherwise the tree's page at that lever.
     */
    @HxRequest
    @GetMapping("/{id}/goal-seek")
    String goalSeek(@PathVariable long id, @ModelAttribute("whatIf") WhatIfForm whatIf, BindingResult binding,
                    @RequestParam(required = false) Long scenario, @RequestParam(defaultValue = "10") int swing,
                    @RequestParam(required = false) String seek, Model model) {
        requireReadable(binding);
        model.addAttribute("page", drivers.page(id, whatIf.getValues(), scenario, swing, seek));
        return "drivers/tree :: seek-answer";
    }

    @GetMapping("/{id}/goal-seek")
    String goalSeekPage(@PathVariable long id, @RequestParam(required = false) String seek) {
        // Encoded whole (braces too), so that the redirect expands nothing the person typed.
        return "redirect:/drivers/" + id + (seek == null ? "" : "?seek=" + org.springframework.web.util.UriUtils.encodeQueryParam(seek,
                java.nio.charset.StandardCharsets.UTF_8)) + "#goal-seek";
    }

    @GetMapping("/{id}/edit")
    String editTree(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        DriverPermissions.requireEditStructure(me);
        TreePage page = drivers.page(id, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, null);
        model.addAttribute("form", TreeSettingsForm.from(page));
        return treeSettings(model, page);
    }

    @PostMapping("/{id}/edit")
    String describeTree(@PathVariable long id, @Valid @ModelAttribute("form") TreeSettingsForm form, BindingResult binding,
                        @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DriverPermissions.requireEditStructure(me);
        onRefusal.showForm("drivers/tree-settings", binding, (model, refusal) -> {
            TreePage now = drivers.page(id, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, null);
            if (refusal instanceof StaleEditException) {
                form.setVersion(now.version());
            }
            treeSettings(model, now);
        });
        drivers.describeTree(id, form.getName(), form.getDescription(), form.getTarget(), form.getTargetDate(), form.getVersion(), me);
        Flash.success(redirect, "Saved: the outcome, the gap and the goal seeks are measured against the target now.");
        return "redirect:/drivers/" + id;
    }

    private String treeSettings(Model model, TreePage page) {
        model.addAttribute("tree", page);
        model.addAttribute("history", drivers.treeHistory(page.id()));
        return "drivers/tree-settings";
    }

    @PostMapping("/{id}/scenarios")
    String saveScenario(@PathVariable long id, @Valid @ModelAttribute("whatIf") WhatIfForm whatIf, BindingResult binding,
                        @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/drivers/" + id, binding);
        long scenario = drivers.saveScenario(id, whatIf.getScenarioName(), whatIf.getValues(), me);
        Flash.success(redirect, "Scenario \"" + whatIf.getScenarioName().trim() + "\" saved: it is compared with the plan below.");
        return "redirect:/drivers/" + id + "?scenario=" + scenario + "#scenarios";
    }

    @PostMapping("/{id}/scenarios/{scenarioId}/delete")
    String deleteScenario(@PathVariable long id, @PathVariable long scenarioId, @AuthenticationPrincipal CadenceUser me,
                          OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/drivers/" + id);
        drivers.deleteScenario(id, scenarioId, me);
        Flash.success(redirect, "Scenario deleted.");
        return "redirect:/drivers/" + id + "#scenarios";
    }

    @PostMapping("/{id}/snapshots")
    String snapshot(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/drivers/" + id);
        String quarter = drivers.takeSnapshot(id, me);
        Flash.success(redirect, "The tree as planned now is kept as " + quarter + "'s snapshot.");
        return "redirect:/drivers/" + id + "#snapshots";
    }

    @GetMapping("/{id}/levers/{key}")
    String node(@PathVariable long id, @PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        NodePage page = drivers.node(id, key, me);
        model.addAttribute("form", PlanForm.from(page.node()));
        return nodePage(model, page);
    }

    @PostMapping("/{id}/levers/{key}")
    String plan(@PathVariable long id, @PathVariable String key, @Valid @ModelAttribute("form") PlanForm form, BindingResult binding,
                @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.showForm("drivers/node", binding, (model, refusal) -> {
            NodePage page = drivers.node(id, key, me);
            if (refusal instanceof StaleEditException) {
                form.setVersion(page.node().version());
            }
            nodePage(model, page);
        });
        NodeView saved = drivers.plan(id, key, form.getAssumption(), form.getEvidence(), form.getVersion(), me);
        Flash.success(redirect, saved.name() + ": assumption " + saved.assumptionLabel() + " saved.");
        return "redirect:/drivers/" + id + "/levers/" + key;
    }

    private String nodePage(Model model, NodePage page) {
        model.addAttribute("page", page);
        return "drivers/node";
    }

    @GetMapping("/{id}/nodes/new")
    String newNode(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        DriverPermissions.requireEditStructure(me);
        model.addAttribute("form", new NodeForm());
        return nodeForm(model, id, null, me);
    }

    @PostMapping("/{id}/nodes")
    String addNode(@PathVariable long id, @Valid @ModelAttribute("form") NodeForm form, BindingResult binding,
                   @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DriverPermissions.requireEditStructure(me);
        onRefusal.showForm("drivers/node-form", binding, (model, refusal) -> nodeForm(model, id, null, me));
        NodeView saved = drivers.saveNode(id, null, form.input(), null, me);
        Flash.success(redirect, saved.name() + " added.");
        return "redirect:/drivers/" + id;
    }

    @GetMapping("/{id}/nodes/{key}/edit")
    String editNode(@PathVariable long id, @PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        DriverPermissions.requireEditStructure(me);
        NodePage page = drivers.node(id, key, me);
        model.addAttribute("form", NodeForm.from(page.node()));
        return nodeForm(model, id, page.node(), me);
    }

    @PostMapping("/{id}/nodes/{key}")
    String updateNode(@PathVariable long id, @PathVariable String key, @Valid @ModelAttribute("form") NodeForm form,
                      BindingResult binding, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DriverPermissions.requireEditStructure(me);
        NodeView node = drivers.node(id, key, me).node();
        form.setKey(key);
        onRefusal.showForm("drivers/node-form", binding, (model, refusal) -> {
            NodeView now = drivers.node(id, key, me).node();
            if (refusal instanceof StaleEditException) {
                form.setVersion(now.version());
            }
            nodeForm(model, id, now, me);
        });
        NodeView saved = drivers.saveNode(id, key, form.input(), form.getVersion() == null ? node.version() : form.getVersion(), me);
        Flash.success(redirect, saved.name() + " saved.");
        return "redirect:/drivers/" + id + "/levers/" + key;
    }

    @PostMapping("/{id}/nodes/{key}/delete")
    String deleteNode(@PathVariable long id, @PathVariable String key, @RequestParam long version,
                      @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DriverPermissions.requireEditStructure(me);
        onRefusal.redirectTo("/drivers/" + id + "/levers/" + key);
        drivers.deleteNode(id, key, version, me);
        Flash.success(redirect, "Node " + key + " removed.");
        return "redirect:/drivers/" + id;
    }

    private String nodeForm(Model model, long id, NodeView node, CadenceUser me) {
        TreePage page = drivers.page(id, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, null);
        model.addAttribute("tree", page);
        model.addAttribute("node", node);
        model.addAttribute("kinds", NodeKind.values());
        model.addAttribute("units", DriverUnit.values());
        model.addAttribute("metrics", drivers.linkableMetrics());
        return "drivers/node-form";
    }

    private static void requireReadable(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new RuleViolationException(binding.getAllErrors().get(0).getDefaultMessage());
        }
    }
}
