package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.Cadence;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.RuleViolationException;
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

/** Metric definitions: the governance list, a definition with its history, editing and proposing. */
@Controller
@RequestMapping("/metrics")
class MetricController extends GovernedController<MetricView, MetricSpec, MetricForm> {

    static final int CHART_PERIODS = 26;

    private final MetricDefinitionService definitions;
    private final ScorecardService scorecard;
    private final PersonService people;

    MetricController(MetricDefinitionService definitions, ScorecardService scorecard, PersonService people) {
        super(definitions, "/metrics", "scorecard/metric-form", "metric");
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

    @PostMapping("/{key}/targets")
    String setTarget(@PathVariable String key, @ModelAttribute("target") TargetForm form, BindingResult binding,
                     @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/metrics/" + key, binding);
        definitions.setTarget(key, form.getEffectiveFrom(), form.getSegment(), form.getTarget(), me);
        Flash.success(redirect, "Target set from " + form.getEffectiveFrom().trim() + ".");
        return "redirect:/metrics/" + key;
    }

    @Override
    MetricForm newForm() {
        MetricForm form = new MetricForm();
        // A new metric goes to the bottom of the scorecard unless RevOps chooses another place.
        List<MetricDefinitionService.Place> places = definitions.places(null);
        form.setPlaceAfter(places.isEmpty() ? "" : places.get(places.size() - 1).key());
        return form;
    }

    @Override
    MetricForm formOf(MetricView metric) {
        MetricForm form = MetricForm.from(metric);
        form.setPlaceAfter(definitions.placedAfter(metric.key()));
        return form;
    }

    @Override
    void check(MetricForm form, String key, BindingResult binding) {
        if (!binding.hasFieldErrors("atRiskBandPercent")) {
            try {
                MetricUnit.PERCENT.read(form.getAtRiskBandPercent(), "atRiskBandPercent");
            } catch (RuleViolationException e) {
                binding.rejectValue("atRiskBandPercent", "rule", e.getMessage());
            }
        }
        if (key != null) {
            return;
        }
        definitions.problemsOfNew(binding.hasFieldErrors("key") ? null : form.getKey(), form.getUnit(), form.getCadence(),
                binding.hasFieldErrors("firstTarget") ? null : form.first()).forEach((field, message) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "rule", message);
            }
        });
    }

    @Override
    MetricView createFrom(MetricForm form, GovernanceStatus status, CadenceUser me) {
        return definitions.create(form.getKey(), form.spec(), status, form.getPlaceAfter(), form.first(), me);
    }

    @Override
    MetricView saveFrom(String key, MetricForm form, CadenceUser me) {
        return definitions.update(key, form.spec(), form.getPlaceAfter(), form.getVersion(), me);
    }

    @Override
    void proposeFrom(String key, MetricForm form, CadenceUser me) {
        definitions.propose(key, form.spec(), form.getPlaceAfter(), form.getRationale(), me);
    }

    @Override
    GovernanceStatus initialStatus() {
        return GovernanceStatus.DRAFT;
    }

    @Override
    String createdMessage(MetricView created) {
        return created.name() + " is defined (" + created.status().label().toLowerCase() + ").";
    }

    @Override
    String savedMessage(MetricView saved) {
        return "Saved " + saved.name() + ". The change is in its history.";
    }

    @Override
    void addFormChoices(Model model, MetricView metric) {
        model.addAttribute("owners", people.everyone().stream().filter(PersonView::mayOwnWork).toList());
        model.addAttribute("units", MetricUnit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("places", definitions.places(metric == null ? null : metric.key()));
    }
}
