package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.Cadence;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import jakarta.validation.Valid;
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

/** Metric definitions: the governance list, a definition with its history, editing and proposing. */
@Controller
@RequestMapping("/metrics")
class MetricController {

    private static final String FORM = "scorecard/metric-form";

    static final int CHART_PERIODS = 26;

    private final MetricDefinitionService definitions;
    private final ScorecardService scorecard;
    private final PersonService people;

    MetricController(MetricDefinitionService definitions, ScorecardService scorecard, PersonService people) {
        this.definitions = definitions;
        this.scorecard = scorecard;
        this.people = people;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("metrics", definitions.all());
        model.addAttribute("pending", definitions.pendingProposals());
        model.addAttribute("canGovern", ScorecardPermissions.canGovern(me));
        return "scorecard/metrics";
    }

    @GetMapping("/new")
    String newMetric(@AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requireGovern(me);
        return form(model, new MetricForm(), "create", null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") MetricForm form, BindingResult binding,
                  @RequestParam(defaultValue = "DRAFT") GovernanceStatus status, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requireGovern(me);
        onRefusal.showForm(FORM, binding, (model, refusal) -> form(model, form, "create", null));
        MetricView created = definitions.create(form.getKey(), form.spec(), status, me);
        Flash.success(redirect, created.name() + " is defined (" + created.status().label().toLowerCase() + ").");
        return "redirect:/metrics/" + created.key();
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        MetricPage page = scorecard.metricPage(key, CHART_PERIODS);
        model.addAttribute("metric", page.metric());
        model.addAttribute("targets", page.targets());
        model.addAttribute("proposals", page.proposals());
        model.addAttribute("chart", page.chart());
        model.addAttribute("chartPeriods", CHART_PERIODS);
        model.addAttribute("history", page.history());
        model.addAttribute("segments", page.segments());
        model.addAttribute("canGovern", ScorecardPermissions.canGovern(me));
        model.addAttribute("canPropose", ScorecardPermissions.canPropose(me));
        model.addAttribute("me", me.personId());
        return "scorecard/metric";
    }

    @GetMapping("/{key}/edit")
    String edit(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requireGovern(me);
        MetricView metric = definitions.get(key);
        return form(model, MetricForm.from(metric), "edit", metric);
    }

    @PostMapping("/{key}")
    String update(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") MetricForm form,
                  BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requireGovern(me);
        MetricView metric = definitions.get(key);
        form.setKey(key);
        onRefusal.showForm(FORM, binding, (model, refusal) -> {
            if (refusal instanceof StaleEditException) {
                // Keep what was typed; the next save goes against the version now stored.
                form.setVersion(definitions.get(key).version());
            }
            form(model, form, "edit", metric);
        });
        MetricView saved = definitions.update(key, form.spec(), form.getVersion(), me);
        Flash.success(redirect, "Saved " + saved.name() + ". The change is in its history.");
        return "redirect:/metrics/" + key;
    }

    @GetMapping("/{key}/propose")
    String proposeForm(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        ScorecardPermissions.requirePropose(me);
        MetricView metric = definitions.get(key);
        return form(model, MetricForm.from(metric), "propose", metric);
    }

    @PostMapping("/{key}/proposals")
    String propose(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, @Valid @ModelAttribute("form") MetricForm form,
                   BindingResult binding, OnRefusal onRefusal, RedirectAttributes redirect) {
        ScorecardPermissions.requirePropose(me);
        MetricView metric = definitions.get(key);
        form.setKey(key);
        onRefusal.showForm(FORM, binding, (model, refusal) -> form(model, form, "propose", metric));
        definitions.propose(key, form.spec(), form.getRationale(), me);
        Flash.success(redirect, "Your proposal waits for RevOps; it shows on this page until they decide.");
        return "redirect:/metrics/" + key;
    }

    @PostMapping("/{key}/status")
    String moveTo(@PathVariable String key, @RequestParam GovernanceStatus status, @RequestParam long version,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/metrics/" + key);
        MetricView metric = definitions.moveTo(key, status, version, me);
        Flash.success(redirect, metric.name() + " is now " + metric.status().label().toLowerCase() + ".");
        return "redirect:/metrics/" + key;
    }

    @PostMapping("/{key}/targets")
    String setTarget(@PathVariable String key, @ModelAttribute("target") TargetForm form, BindingResult binding,
                     @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/metrics/" + key, binding);
        definitions.setTarget(key, form.getEffectiveFrom(), form.getSegment(), form.getTarget(), me);
        Flash.success(redirect, "Target set from " + form.getEffectiveFrom().trim() + ".");
        return "redirect:/metrics/" + key;
    }

    private String form(Model model, MetricForm form, String mode, MetricView metric) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode);
        model.addAttribute("metric", metric);
        model.addAttribute("owners", people.everyone().stream().filter(PersonView::active).toList());
        model.addAttribute("units", MetricUnit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("indicators", Indicator.values());
        return FORM;
    }
}
