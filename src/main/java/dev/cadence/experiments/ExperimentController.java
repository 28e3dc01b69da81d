package dev.cadence.experiments;

import dev.cadence.decisions.DeciderNotEntitledException;
import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
 * The experiment log's pages: the list with its filters, writing and editing an experiment (an amendment once it
 * runs), its page with the scorecard's reading, and the actions that move it on: start, stop, conclude, decide.
 */
@Controller
@RequestMapping("/experiments")
class ExperimentController {

    private static final String SHOW = "experiments/show";
    private static final String FORM = "experiments/form";

    private final ExperimentService experiments;
    private final DecisionService decisions;
    private final MeetingQueryService meetingQueries;
    private final Clock clock;

    ExperimentController(ExperimentService experiments, DecisionService decisions, MeetingQueryService meetingQueries, Clock clock) {
        this.experiments = experiments;
        this.decisions = decisions;
        this.meetingQueries = meetingQueries;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String lever,
                @RequestParam(required = false) Long owner, @RequestParam(required = false) String metric,
                @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal CadenceUser me, Model model) {
        ExperimentFilter filter = new ExperimentFilter(status, lever, owner, metric);
        ExperimentList list = experiments.list(filter);
        model.addAttribute("list", list);
        // Fifty rows a page: waiting for a decision, running and drafts first, the ended ones (years of them) paged after.
        model.addAttribute("paged", list.page(page));
        model.addAttribute("filter", filter);
        model.addAttribute("canCreate", ExperimentPermissions.canCreate(me));
        return "experiments/index";
    }

    @GetMapping("/new")
    String newExperiment(@AuthenticationPrincipal CadenceUser me, Model model) {
        ExperimentPermissions.requireCreate(me);
        ExperimentForms.Edit form = ExperimentForms.Edit.empty();
        LocalDate today = LocalDate.now(clock);
        form.setOwnerId(me.personId());
        form.setPlannedStart(today);
        form.setPlannedEnd(today.plusWeeks(8).minusDays(1));
        form.setWindowPeriods(6);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ExperimentForms.Edit form, BindingResult binding, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        ExperimentPermissions.requireCreate(me);
        onRefusal.showForm(FORM, binding, (model, refusal) -> {
            form.fillRows();
            form(model, null);
        });
        ExperimentView saved = experiments.create(form.input(), me);
        Flash.success(redirect, "Saved as a draft. Its success criterion and guardrails lock when you start it.");
        return "redirect:/experiments/" + saved.id();
    }

    /** The experiment; opened from a meeting ({@code ?meeting=}, the GTM council's panel), its decision is taken in it. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long meeting, @AuthenticationPrincipal CadenceUser me, Model model) {
        String page = show(model, id, me);
        inMeeting(model, meeting, me);
        return page;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        ExperimentPage page = experiments.page(id, me);
        if (!page.canEdit()) {
            if (!page.canManage()) {
                throw new org.springframework.security.access.AccessDeniedException("Only the experiment's owner, whoever wrote it, the CEO, "
                        + "the CRO, RevOps and administrators change it.");
            }
            throw new dev.cadence.web.RuleViolationException("“" + page.experiment().title() + "” has "
                    + page.experiment().status().label().toLowerCase() + ": it stays as it ended.");
        }
        model.addAttribute("form", ExperimentForms.Edit.from(page.experiment()));
        return form(model, page.experiment());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ExperimentForms.Edit form, BindingResult binding,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        ExperimentView current = experiments.get(id);
        onRefusal.showForm(FORM, binding, (model, refusal) -> {
            ExperimentView now = experiments.get(id);
            if (refusal instanceof StaleEditException) {
                // Saving again, knowingly, replaces what the other person saved.
                form.setVersion(now.version());
            }
            form.fillRows();
            form(model, now);
        });
        ExperimentView saved = experiments.update(id, form.input(), form.getAmendmentReason(),
                form.getVersion() == null ? current.version() : form.getVersion(), me);
        Flash.success(redirect, saved.amendmentCount() > current.amendmentCount()
                ? "Amended. The change and its reason are on the page and in the history."
                : "Saved. The change is in the experiment's history.");
        return "redirect:/experiments/" + id;
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal,
                 RedirectAttributes redirect) {
        onRefusal.redirectTo("/experiments/" + id);
        ExperimentView started = experiments.start(id, version, me);
        Flash.success(redirect, "Started. Its success criterion and guardrails are locked: a change is now an amendment with a reason. "
                + started.timing() + ".");
        return "redirect:/experiments/" + id;
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id, @Valid @ModelAttribute("stopForm") ExperimentForms.Stop form, BindingResult binding,
                @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.showForm(SHOW, binding, (model, refusal) -> {
            refusedOnPage(model, refusal, id, me, form::setVersion, ExperimentPage::canStop);
            model.addAttribute("stopRefused", true);
        });
        experiments.stop(id, form.getStopReason(), form.getVersion(), me);
        Flash.success(redirect, "Stopped. The reason is kept with it.");
        return "redirect:/experiments/" + id;
    }

    @PostMapping("/{id}/conclude")
    String conclude(@PathVariable long id, @Valid @ModelAttribute("concludeForm") ExperimentForms.Conclude form, BindingResult binding,
                    @RequestParam(required = false) Long meeting, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal,
                    RedirectAttributes redirect) {
        onRefusal.showForm(SHOW, binding, (model, refusal) -> {
            refusedOnPage(model, refusal, id, me, form::setVersion, ExperimentPage::canConclude);
            inMeeting(model, meeting, me);
        });
        ExperimentView concluded = experiments.conclude(id, form.getObservedResult(), form.getVersion(), me);
        Flash.success(redirect, "Concluded. The scorecard says: " + concluded.verdict().label().toLowerCase()
                + ". Record the decision — scale, iterate or retire.");
        return "redirect:/experiments/" + id + (meeting == null ? "" : "?meeting=" + meeting) + "#decide";
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decideForm") ExperimentForms.Decide form, BindingResult binding,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.showForm(SHOW, binding, (model, refusal) -> {
            refusedOnPage(model, refusal, id, me, form::setVersion, ExperimentPage::canDecide);
            model.addAttribute("deciderWarning", refusal instanceof DeciderNotEntitledException ? refusal.getMessage()
                    : decisions.deciderWarning(form.getAreaId(), form.getDeciderId()).orElse(null));
            inMeeting(model, form.getMeetingId(), me);
        });
        ExperimentView decided = experiments.decide(id, form.input(), form.getVersion(), me);
        if (form.getMeetingId() != null) {
            // Back to the council, where the decision now shows with the meeting's others.
            Flash.success(redirect, decided.decision().done() + " “" + decided.title() + "”. The decision is in the decision log and in this meeting's decisions.");
            return "redirect:/meetings/" + form.getMeetingId() + "#meeting-decisions";
        }
        Flash.success(redirect, decided.decision().done() + ". The decision is in the decision log.");
        return "redirect:/experiments/" + id;
    }

    // ---- helpers ----

    private String show(Model model, long id, CadenceUser me) {
        ExperimentPage page = showModel(model, id, me);
        model.addAttribute("deciderWarning", page.canDecide()
                ? decisions.deciderWarning(((ExperimentForms.Decide) model.getAttribute("decideForm")).getAreaId(),
                ((ExperimentForms.Decide) model.getAttribute("decideForm")).getDeciderId()).orElse(null) : null);
        return SHOW;
    }

    /** The page and its forms; a form already in the model (a refused one, as typed) is kept. */
    private ExperimentPage showModel(Model model, long id, CadenceUser me) {
        ExperimentPage page = experiments.page(id, me);
        model.addAttribute("page", page);
        long version = page.experiment().version();
        if (!model.containsAttribute("stopForm")) {
            ExperimentForms.Stop stop = new ExperimentForms.Stop();
            stop.setVersion(version);
            model.addAttribute("stopForm", stop);
        }
        if (!model.containsAttribute("concludeForm")) {
            ExperimentForms.Conclude conclude = new ExperimentForms.Conclude();
            conclude.setVersion(version);
            model.addAttribute("concludeForm", conclude);
        }
        if (!model.containsAttribute("decideForm")) {
            ExperimentForms.Decide decide = new ExperimentForms.Decide();
            decide.setVersion(version);
            Long areaId = page.experiment().decisionAreaId();
            decide.setAreaId(areaId);
            DecisionAreaSummary area = page.areas().stream().filter(a -> areaId != null && a.id() == areaId).findFirst().orElse(null);
            decide.setDeciderId(area != null && area.deciderId() != null ? area.deciderId() : me.personId());
            model.addAttribute("decideForm", decide);
        }
        return page;
    }

    /**
     * The page again around a refused form, as typed. A stale refusal carries the stored version, so that acting again
     * is knowing; a refusal whose form the page no longer shows (someone concluded or decided it meanwhile) is shown
     * above the page, so that it is never lost.
     */
    private void refusedOnPage(Model model, RuntimeException refusal, long id, CadenceUser me, java.util.function.LongConsumer setVersion,
                               java.util.function.Predicate<ExperimentPage> formShown) {
        if (refusal instanceof StaleEditException) {
            setVersion.accept(experiments.get(id).version());
        }
        if (!formShown.test(showModel(model, id, me))) {
            model.addAttribute("refusal", refusal.getMessage());
        }
    }

    /**
     * Opened from a meeting the viewer runs now (a participant, the meeting not closed): the page says so and links
     * back, and the decide form records the decision in that meeting. Otherwise the page is as ever.
     */
    private void inMeeting(Model model, Long meetingId, CadenceUser me) {
        java.util.Optional<dev.cadence.meetings.MeetingSummary> running = meetingId == null ? java.util.Optional.empty()
                : meetingQueries.runningBy(meetingId, me);
        if (running.isEmpty()) {
            return;
        }
        model.addAttribute("fromMeeting", running.get());
        if (model.getAttribute("decideForm") instanceof ExperimentForms.Decide decide) {
            decide.setMeetingId(meetingId);
        }
    }

    private String form(Model model, ExperimentView existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("options", experiments.options());
        return FORM;
    }
}
