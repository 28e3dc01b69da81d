package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TimeZones;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Series from the browser: a series' page with its trend, setting one up ({@code /meetings/series/new}), editing it
 * ({@code /meetings/series/{id}/edit}) with its agenda template, and pausing, resuming or ending it. The agenda editor
 * adds, removes and reorders sections (by drag or with the Move buttons) on the form as posted, without saving:
 * {@code …/agenda} answers the editor alone to htmx, the whole form otherwise.
 */
@Controller
@RequestMapping("/meetings/series")
class SeriesController {

    private static final String FORM = "meetings/series-form";
    private static final String AGENDA = "meetings/series-form :: agenda";

    private final MeetingSeriesService series;
    private final MeetingQueryService meetings;
    private final MeetingPanels panels;

    SeriesController(MeetingSeriesService series, MeetingQueryService meetings, MeetingPanels panels) {
        this.series = series;
        this.meetings = meetings;
        this.panels = panels;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("series", series.series(id, me));
        model.addAttribute("panelTitles", panels.titles());
        List<MeetingSummary> list = series.meetingsOf(id, me);
        model.addAttribute("meetings", list);
        model.addAttribute("decided", meetings.decisionCounts(list));
        model.addAttribute("trend", meetings.trend(id, me));
        return "meetings/series";
    }

    // ---- setting one up ----

    @GetMapping("/new")
    String newSeries(@RequestParam(required = false) MeetingKind kind, @AuthenticationPrincipal CadenceUser me, Model model) {
        series.requireMaySetUp(me);
        SeriesForm form = SeriesForm.blank(kind == null ? MeetingKind.ONE_ON_ONE : kind, series.usualTimeZone());
        if (!me.readOnly()) {
            form.getParticipantIds().add(me.personId());
        }
        model.addAttribute("seriesForm", form);
        return form(null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("seriesForm") SeriesForm form, BindingResult binding, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, Model model, RedirectAttributes redirect) {
        series.requireMaySetUp(me);
        onRefusal.showForm(FORM, binding, (refused, why) -> formModel(null, refused));
        MeetingSeriesService.Created created = series.create(form.toSpec(), form.getFirstMeeting(), me);
        MeetingSummary first = created.first();
        Flash.success(redirect, first.seriesName() + " is set up. Its first meeting, " + first.dayLabel() + " "
                + first.timeLabel() + ", is ready for talking points.");
        // Whoever set it up for others without taking part goes back to the meetings: the series is its participants'.
        return created.canSee() ? "redirect:/meetings/series/" + created.id() : "redirect:/meetings";
    }

    @PostMapping("/new/agenda")
    String newAgenda(@ModelAttribute("seriesForm") SeriesForm form, BindingResult binding, @RequestParam(required = false) String op,
                     @AuthenticationPrincipal CadenceUser me, HtmxRequest htmx, Model model) {
        series.requireMaySetUp(me);
        return agenda(null, form, op, htmx, model);
    }

    // ---- editing ----

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        SeriesView current = series.seriesToEdit(id, me);
        model.addAttribute("seriesForm", SeriesForm.from(current));
        model.addAttribute("history", series.history(id, me));
        return form(current, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("seriesForm") SeriesForm form, BindingResult binding,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model, RedirectAttributes redirect) {
        SeriesView current = series.seriesToEdit(id, me);
        onRefusal.showForm(FORM, binding, (refused, why) -> {
            SeriesView now = series.seriesToEdit(id, me);
            if (why instanceof StaleEditException) {
                // Theirs is named in the message; saving again (with their version) replaces it knowingly.
                form.setVersion(now.version());
            }
            refused.addAttribute("history", series.history(id, me));
            formModel(now, refused);
        });
        MeetingSeriesService.Edited edited = series.update(id, form.toSpec(), form.getVersion(), me);
        Flash.success(redirect, saved(current.name(), edited));
        return "redirect:/meetings/series/" + id;
    }

    @PostMapping("/{id}/edit/agenda")
    String editAgenda(@PathVariable long id, @ModelAttribute("seriesForm") SeriesForm form, BindingResult binding,
                      @RequestParam(required = false) String op, @AuthenticationPrincipal CadenceUser me, HtmxRequest htmx,
                      Model model) {
        SeriesView current = series.seriesToEdit(id, me);
        if (!htmx.isHtmxRequest()) {
            model.addAttribute("history", series.history(id, me));
        }
        return agenda(current, form, op, htmx, model);
    }

    /** Pauses (no new meeting until it resumes), resumes (its next meeting is prepared) or ends the series. */
    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) SeriesStatus status, @RequestParam long version,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/meetings/series/" + id);
        SeriesView changed = series.changeStatus(id, status, version, me);
        Flash.success(redirect, switch (changed.status()) {
            case PAUSED -> changed.name() + " is paused: no new meeting is prepared until you resume it.";
            case ENDED -> changed.name() + " has ended. Its meetings and recaps stay as they were.";
            case ACTIVE -> changed.name() + " is running again; its next meeting is prepared.";
        });
        return "redirect:/meetings/series/" + id;
    }

    // ---- helpers ----

    /** One step of the agenda editor on the form as posted: the editor again (htmx) or the whole form; nothing is saved. */
    private String agenda(SeriesView current, SeriesForm form, String op, HtmxRequest htmx, Model model) {
        boolean dragged = form.getOrder() != null && !form.getOrder().isBlank();
        int focus = form.apply(op);
        String step = dragged ? "order" : op == null ? "" : op.contains(":") ? op.substring(0, op.indexOf(':')) : op;
        model.addAttribute("focus", focus);
        model.addAttribute("focusOn", step);
        model.addAttribute("announce", announced(step, focus, form));
        formModel(current, model);
        return htmx.isHtmxRequest() ? AGENDA : FORM;
    }

    private String form(SeriesView current, Model model) {
        formModel(current, model);
        return FORM;
    }

    private void formModel(SeriesView current, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("people", series.possibleParticipants());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("weekdays", java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> Map.entry(d.name(), d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))).toList());
        model.addAttribute("agendaUrl", current == null ? "/meetings/series/new/agenda" : "/meetings/series/" + current.id() + "/edit/agenda");
        model.addAttribute("weeksOfMonth", WeekOfMonth.values());
        model.addAttribute("zones", TimeZones.ALL);
        model.addAttribute("contents", contents(current));
    }

    /** What a section can hold: talking points, what changed, the top three, the message, or one of the data panels. */
    private List<Map.Entry<String, String>> contents(SeriesView current) {
        List<Map.Entry<String, String>> contents = new ArrayList<>();
        for (SectionKind kind : List.of(SectionKind.DISCUSSION, SectionKind.CHANGES, SectionKind.PRIORITIES, SectionKind.MESSAGE)) {
            contents.add(Map.entry(kind.name(), kind.label()));
        }
        Map<String, String> titles = panels.titles();
        titles.forEach((key, title) -> contents.add(Map.entry(SeriesForm.PANEL + key, "Data panel: " + title)));
        if (current != null) {
            current.sections().stream().map(SeriesView.TemplateSectionView::panelKey)
                    .filter(key -> key != null && !titles.containsKey(key)).distinct()
                    .forEach(key -> contents.add(Map.entry(SeriesForm.PANEL + key, "Data panel " + key + " (not in this version)")));
        }
        return contents;
    }

    /** What a screen reader says after a step of the agenda editor. */
    private static String announced(String step, int at, SeriesForm form) {
        int count = form.getSections().size();
        String title = at >= 0 && at < count && form.getSections().get(at).getTitle() != null
                && !form.getSections().get(at).getTitle().isBlank() ? "“" + form.getSections().get(at).getTitle().strip() + "”" : "The section";
        return switch (step) {
            case "add" -> "Section " + count + " added; give it a title.";
            case "remove" -> "Section removed; " + count + (count == 1 ? " section" : " sections") + " left.";
            case "up", "down" -> title + " is now section " + (at + 1) + " of " + count + ".";
            case "template" -> "The agenda is now the " + (form.getKind() == null ? "" : form.getKind().label() + " ") + "template.";
            case "order" -> "Sections reordered.";
            default -> "";
        };
    }

    private static String saved(String name, MeetingSeriesService.Edited edited) {
        StringBuilder said = new StringBuilder(name + " is saved.");
        MeetingSummary prepared = edited.prepared();
        if (prepared != null) {
            if (edited.moved()) {
                said.append(" The meeting being prepared moved to ").append(prepared.dayLabel()).append(", ")
                        .append(prepared.timeLabel()).append(".");
            }
            if (edited.agendaApplied()) {
                said.append(" The meeting of ").append(prepared.dayLabel()).append(" has the new agenda.");
            } else if (edited.agendaKept()) {
                said.append(" The meeting of ").append(prepared.dayLabel()).append(" keeps its agenda, as talking points are "
                        + "already in it; the new one applies from the next meeting.");
            }
        }
        return said.toString();
    }
}
