package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import jakarta.validation.Valid;
import dev.cadence.web.StaleEditException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The decision log: the filtered list, its CSV, a decision's page, and the forms to record, decide and reopen. */
@Controller
@RequestMapping("/decisions")
class DecisionController {

    private final DecisionService decisions;
    private final CurrentQuarter currentQuarter;
    private final PersonService people;
    private final Clock clock;

    DecisionController(DecisionService decisions, CurrentQuarter currentQuarter, PersonService people, Clock clock) {
        this.decisions = decisions;
        this.currentQuarter = currentQuarter;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) DecisionStatus status, @RequestParam(required = false) Long area,
                @RequestParam(required = false) Long person, @RequestParam(required = false) Long meeting,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @AuthenticationPrincipal CadenceUser me, Model model) {
        DecisionFilter filter = new DecisionFilter(status, area, person, meeting, from, to, q);
        List<DecisionSummary> list = decisions.list(filter);
        var quarter = currentQuarter.quarter();
        model.addAttribute("decisions", list);
        model.addAttribute("filter", filter);
        model.addAttribute("areas", decisions.areas());
        model.addAttribute("people", people.leadershipTeam());
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("quarterLabel", quarter.label());
        model.addAttribute("reopenedThisQuarter", decisions.reopeningsBetween(currentQuarter.startOf(quarter),
                currentQuarter.endOf(quarter)));
        model.addAttribute("canWrite", DecisionPermissions.canWriteLog(me));
        model.addAttribute("exportQuery", exportQuery(filter));
        return "decisions/log";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) DecisionStatus status, @RequestParam(required = false) Long area,
                                  @RequestParam(required = false) Long person, @RequestParam(required = false) Long meeting,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String q) {
        List<DecisionSummary> list = decisions.list(new DecisionFilter(status, area, person, meeting, from, to, q));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions-" + LocalDate.now(clock) + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(DecisionCsv.of(list).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/new")
    String newDecision(@RequestParam(required = false) Long supersedes, @RequestParam(required = false) Long area,
                       @AuthenticationPrincipal CadenceUser me, Model model) {
        DecisionPermissions.requireWriteLog(me);
        DecisionForm form = new DecisionForm();
        if (supersedes != null) {
            DecisionView older = decisions.get(supersedes);
            form = DecisionForm.from(older);
            form.setSupersedes(supersedes);
            form.setOverrideReason(null);
            form.setDecidedOn(null);
            model.addAttribute("older", older);
        } else {
            form.setAreaId(area);
            form.setDeciderId(me.personId());
        }
        form.setDecidedOn(LocalDate.now(clock));
        return form(model, form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DecisionForm form, BindingResult binding,
                  @RequestParam(defaultValue = "decide") String intent, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireWriteLog(me);
        onRefusal.showForm("decisions/form", binding, (model, refusal) -> {
            if (form.getSupersedes() != null) {
                model.addAttribute("older", decisions.get(form.getSupersedes()));
            }
            form(model, form, null);
        });
        DecisionDraft draft = form.draft(null, null);
        DecisionSummary saved;
        if (form.getSupersedes() != null) {
            saved = decisions.supersede(form.getSupersedes(), draft, me);
            Flash.success(redirect, "Recorded. It supersedes the earlier decision, which now links here.");
        } else if ("propose".equals(intent)) {
            saved = decisions.propose(draft, me);
            Flash.success(redirect, "Proposed. It is decided when its decider records the decision.");
        } else {
            saved = decisions.record(draft, me);
            Flash.success(redirect, "Recorded. Share the message to the org as it is written here.");
        }
        return "redirect:/decisions/" + saved.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", decisions.page(id, me));
        model.addAttribute("reopenForm", new AreaForms.Reopen());
        return "decisions/decision";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        DecisionPermissions.requireWriteLog(me);
        DecisionView d = decisions.get(id);
        DecisionForm form = DecisionForm.from(d);
        if (d.canBeDecided() && form.getDecidedOn() == null) {
            form.setDecidedOn(LocalDate.now(clock));
        }
        return form(model, form, d);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String intent, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireWriteLog(me);
        DecisionView current = decisions.get(id);
        onRefusal.showForm("decisions/form", binding, (model, refusal) -> {
            if (refusal instanceof StaleEditException) {
                // Saving again, knowingly, replaces what the other person saved.
                form.setVersion(decisions.get(id).version());
            }
            form(model, form, current);
        });
        // The meeting a decision came from is the meeting's to say, not the form's.
        decisions.update(id, form.draft(current.meetingId(), current.meetingLabel()), "decide".equals(intent),
                form.getVersion(), me);
        Flash.success(redirect, "decide".equals(intent) ? "Decided. Share the message to the org as it is written here."
                : "Saved. The change is in the decision's history.");
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @ModelAttribute("reopenForm") AreaForms.Reopen form, BindingResult binding,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        DecisionPermissions.requireWriteLog(me);
        onRefusal.showForm("decisions/decision", binding, (page, refusal) -> {
            page.addAttribute("page", decisions.page(id, me));
            // The refused reopening stays open with what was typed and why it was refused.
            page.addAttribute("reopening", true);
        });
        DecisionSummary d = decisions.reopen(id, form.getReason(), form.getVersion(), me);
        Flash.success(redirect, "Reopened (" + d.reopenCount() + "× in all). Decide it again when the team has settled it.");
        return "redirect:/decisions/" + id;
    }

    /** The decider check as the form changes (htmx): the warning, or nothing. */
    @GetMapping("/decider-check")
    String deciderCheck(@RequestParam(required = false) Long areaId, @RequestParam(required = false) Long deciderId, Model model) {
        model.addAttribute("deciderWarning", decisions.deciderWarning(areaId, deciderId).orElse(null));
        return "decisions/form :: warning(reason='')";
    }

    private String form(Model model, DecisionForm form, DecisionView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("areas", decisions.areas());
        model.addAttribute("people", people.leadershipTeam());
        model.addAttribute("deciderWarning", decisions.deciderWarning(form.getAreaId(), form.getDeciderId()).orElse(null));
        return "decisions/form";
    }

    private static String exportQuery(DecisionFilter f) {
        org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        if (f.status() != null) {
            b.queryParam("status", f.status().name());
        }
        if (f.areaId() != null) {
            b.queryParam("area", f.areaId());
        }
        if (f.personId() != null) {
            b.queryParam("person", f.personId());
        }
        if (f.meetingId() != null) {
            b.queryParam("meeting", f.meetingId());
        }
        if (f.from() != null) {
            b.queryParam("from", f.from());
        }
        if (f.to() != null) {
            b.queryParam("to", f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            b.queryParam("q", f.text().trim());
        }
        return b.encode().build().toUriString();
    }
}
