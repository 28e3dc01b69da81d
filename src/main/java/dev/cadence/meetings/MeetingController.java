package dev.cadence.meetings;

import dev.cadence.decisions.DeciderNotEntitledException;
import dev.cadence.decisions.DecisionService;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.HtmlUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings pages. The meeting page is one document that both participants keep open: every
 * change comes back as out-of-band fragments of the regions it touched (htmx), and the page polls
 * {@code /meetings/{id}/live} every two seconds for the other person's changes. Forms that fail come
 * back filled in, with the message beside them; nothing typed is lost.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final String UPDATES = "meetings/updates :: updates";

    private final MeetingQueryService meetings;
    private final MeetingSeriesService seriesService;
    private final MeetingCommandService commands;
    private final ActionItemService actionItems;
    private final DecisionService decisions;

    MeetingController(MeetingQueryService meetings, MeetingSeriesService seriesService, MeetingCommandService commands,
                      ActionItemService actionItems, DecisionService decisions) {
        this.meetings = meetings;
        this.seriesService = seriesService;
        this.commands = commands;
        this.actionItems = actionItems;
        this.decisions = decisions;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String q, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("overview", meetings.overview(q, me));
        return "meetings/index";
    }

    @GetMapping("/series/{id}")
    String series(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("series", seriesService.series(id, me));
        model.addAttribute("meetings", seriesService.meetingsOf(id, me));
        return "meetings/series";
    }

    @PostMapping("/series/{id}/sections/{sectionId}")
    String timeBox(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) Integer minutes,
                   @RequestParam long version, @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        try {
            seriesService.timeBox(id, sectionId, minutes, version, me);
            Flash.success(redirect, "Time box saved. Meetings still in preparation use it too.");
        } catch (RuleViolationException | StaleEditException refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/meetings/series/" + id;
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", meetings.page(id, me));
        model.addAttribute("actionForm", ActionForm.empty());
        model.addAttribute("decisionForm", DecisionForm.empty());
        return "meetings/show";
    }

    /**
     * What changed since the page's revision: nothing (204, the page keeps polling), every region as
     * out-of-band fragments, or a full refresh once the meeting is closed.
     */
    @GetMapping("/{id}/live")
    String live(@PathVariable long id, @RequestParam(defaultValue = "-1") long rev, @AuthenticationPrincipal CadenceUser me,
                Model model, HttpServletResponse response) {
        if (meetings.revision(id, me) == rev) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        MeetingPage page = meetings.page(id, me);
        if (page.closed()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("page", page);
        return UPDATES;
    }

    // ---- agenda items ----

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @RequestParam long sectionId, @RequestParam(required = false) String text,
                   @RequestParam(name = "private", defaultValue = "false") boolean privateItem,
                   @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) {
        try {
            commands.addItem(id, sectionId, text, privateItem, me);
        } catch (RuleViolationException refused) {
            refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "add-item-" + sectionId);
            MeetingPage page = meetings.page(id, me);
            model.addAttribute("page", page);
            model.addAttribute("section", section(page, sectionId));
            model.addAttribute("text", text);
            model.addAttribute("privateItem", privateItem);
            model.addAttribute("error", refused.getMessage());
            return "meetings/show :: add-item";
        }
        return refreshed(id, me, model);
    }

    @GetMapping("/{id}/items/{itemId}")
    String item(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal CadenceUser me, Model model) {
        return itemFragment(id, meetings.item(id, itemId, me), me, model);
    }

    @GetMapping("/{id}/items/{itemId}/edit")
    String editItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("item", meetings.item(id, itemId, me));
        model.addAttribute("meetingId", id);
        return "meetings/show :: item-editor";
    }

    @PostMapping("/{id}/items/{itemId}")
    String saveItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String text,
                    @RequestParam(required = false) String notes, @RequestParam long version,
                    @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) {
        try {
            ItemView saved = commands.editItem(id, itemId, text, notes, version, me);
            return itemFragment(id, saved, me, model);
        } catch (StaleEditException stale) {
            // Theirs is shown, ours stays in the editor; saving again (with their version) replaces theirs knowingly.
            ItemView theirs = meetings.item(id, itemId, me);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("item", theirs);
            model.addAttribute("theirs", theirs);
            model.addAttribute("text", text);
            model.addAttribute("notes", notes);
        } catch (RuleViolationException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("item", meetings.item(id, itemId, me));
            model.addAttribute("text", text);
            model.addAttribute("notes", notes);
            model.addAttribute("version", version);
            model.addAttribute("error", refused.getMessage());
        }
        model.addAttribute("meetingId", id);
        return "meetings/show :: item-editor";
    }

    @PostMapping("/{id}/items/{itemId}/discussed")
    String discussed(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "false") boolean discussed,
                     @AuthenticationPrincipal CadenceUser me, Model model) {
        ItemView item = commands.markDiscussed(id, itemId, discussed, me);
        return itemFragment(id, item, me, model);
    }

    @PostMapping("/{id}/items/{itemId}/delete")
    String deleteItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
                      @AuthenticationPrincipal CadenceUser me, Model model) {
        commands.deleteItem(id, itemId, version, me);
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/items/{itemId}/move-next")
    String moveToNext(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal CadenceUser me, Model model) {
        commands.moveToNextMeeting(id, itemId, me);
        return refreshed(id, me, model);
    }

    // ---- running the meeting ----

    @PostMapping("/{id}/refresh")
    String refreshFromData(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        commands.refreshFromData(id, me);
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        commands.start(id, me);
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/sections/{sectionId}/current")
    String moveToSection(@PathVariable long id, @PathVariable long sectionId, @AuthenticationPrincipal CadenceUser me, Model model) {
        commands.moveToSection(id, sectionId, me);
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/message")
    String message(@PathVariable long id, @RequestParam(required = false) String message,
                   @RequestParam(defaultValue = "false") boolean noMessage, @RequestParam long version,
                   @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) {
        try {
            commands.writeMessage(id, message, noMessage, version, me);
            return refreshed(id, me, model);
        } catch (StaleEditException stale) {
            refuse(response, HttpStatus.CONFLICT, "meeting-message");
            model.addAttribute("messageError", stale.getMessage());
        } catch (RuleViolationException refused) {
            refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "meeting-message");
            model.addAttribute("messageError", refused.getMessage());
        }
        // The refusal comes with the stored version, so saving again replaces it knowingly; the text typed stays.
        model.addAttribute("page", meetings.page(id, me));
        model.addAttribute("typedMessage", message);
        return "meetings/show :: message";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "false") boolean moveUndiscussed,
                 @AuthenticationPrincipal CadenceUser me, RedirectAttributes redirect) {
        try {
            MeetingSummary next = commands.close(id, moveUndiscussed, me);
            Flash.success(redirect, "Meeting closed. The next one, " + next.dayLabel() + ", is ready for your talking points.");
            return "redirect:/meetings/" + id + "/recap";
        } catch (RuleViolationException refused) {
            Flash.error(redirect, refused.getMessage());
            return "redirect:/meetings/" + id + "#message";
        }
    }

    // ---- action items and decisions ----

    @PostMapping("/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) Long ownerId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                     @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) {
        ActionForm form = new ActionForm(text, ownerId, dueOn);
        try {
            actionItems.addActionItem(id, text, ownerId, dueOn, me);
        } catch (RuleViolationException refused) {
            refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "action-form");
            model.addAttribute("page", meetings.page(id, me));
            model.addAttribute("actionForm", form);
            model.addAttribute("actionError", refused.getMessage());
            return "meetings/show :: action-form";
        }
        model.addAttribute("actionForm", ActionForm.empty());
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/actions/{actionId}/done")
    String actionDone(@PathVariable long id, @PathVariable long actionId, @RequestParam(defaultValue = "false") boolean done,
                      @AuthenticationPrincipal CadenceUser me, Model model) {
        actionItems.markActionItemDone(id, actionId, done, me);
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/decisions")
    String recordDecision(@PathVariable long id, DecisionForm form, @AuthenticationPrincipal CadenceUser me, Model model,
                          HttpServletResponse response) {
        try {
            commands.recordDecision(id, form.title(), form.decision(), form.rationale(), form.deciderId(), form.areaId(),
                    form.message(), form.overrideReason(), me);
        } catch (RuleViolationException refused) {
            refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "decision-form");
            model.addAttribute("page", meetings.page(id, me));
            model.addAttribute("decisionForm", form);
            model.addAttribute("decisionError", refused.getMessage());
            model.addAttribute("deciderWarning", refused instanceof DeciderNotEntitledException ? refused.getMessage()
                    : decisions.deciderWarning(form.areaId(), form.deciderId()).orElse(null));
            return "meetings/show :: decision-form";
        }
        model.addAttribute("decisionForm", DecisionForm.empty());
        return refreshed(id, me, model);
    }

    /** What a decision captured in the meeting needs; the rest (context, options) can be added in the log. */
    record DecisionForm(String title, String decision, String rationale, Long deciderId, Long areaId, String message,
                        String overrideReason) {
        static DecisionForm empty() {
            return new DecisionForm(null, null, null, null, null, null, null);
        }
    }

    record ActionForm(String text, Long ownerId, LocalDate dueOn) {
        static ActionForm empty() {
            return new ActionForm(null, null, null);
        }
    }

    /**
     * A refusal no form of the page shows itself (a point that cannot move, a meeting closed meanwhile):
     * 400 with the message, which the page shows beside what was clicked. Nothing was changed.
     */
    @ExceptionHandler({RuleViolationException.class, StaleEditException.class})
    ResponseEntity<String> refused(RuntimeException refusal) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML)
                .body("<p class=\"error-message\">" + HtmlUtils.htmlEscape(refusal.getMessage()) + "</p>");
    }

    // ---- helpers ----

    /** Every region of the page, out of band, after a change: the same response the poll gives. */
    private String refreshed(long id, CadenceUser me, Model model) {
        model.addAttribute("page", meetings.page(id, me));
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty());
        }
        return UPDATES;
    }

    /** One item, without the rest of the page: what the fragment needs is who may act on it. */
    private String itemFragment(long meetingId, ItemView item, CadenceUser me, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("canRun", meetings.canRun(meetingId, me));
        return "meetings/show :: item";
    }

    private static SectionView section(MeetingPage page, long sectionId) {
        return page.sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new dev.cadence.web.NotFoundException("There is no such section in this meeting."));
    }

    /** Forms post with no swap; a refusal re-targets the form itself, which comes back filled in with the message. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String formId) {
        response.setStatus(status.value());
        response.setHeader("HX-Retarget", "#" + formId);
        response.setHeader("HX-Reswap", "outerHTML");
    }
}
