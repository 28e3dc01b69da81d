package dev.cadence.meetings;

import dev.cadence.decisions.DeciderNotEntitledException;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.web.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.support.RequestContextUtils;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRefreshView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings pages. The meeting page is one document that both participants keep open: every
 * change comes back as out-of-band fragments of the regions it touched (htmx), and the page polls
 * {@code /meetings/{id}/live} every two seconds for the other person's changes. A refused form comes
 * back in place, filled in, with every error beside its field ({@link OnRefusal}); nothing typed is lost.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final String UPDATES = "meetings/updates :: updates";

    private final MeetingQueryService meetings;
    private final MeetingRatingService ratings;
    private final MeetingCommandService commands;
    private final ActionItemService actionItems;
    private final DecisionService decisions;
    private final MeetingPanels panels;
    private final ObjectProvider<RecapDelivery> recapDelivery;

    MeetingController(MeetingQueryService meetings, MeetingRatingService ratings, MeetingCommandService commands,
                      ActionItemService actionItems, DecisionService decisions, MeetingPanels panels,
                      ObjectProvider<RecapDelivery> recapDelivery) {
        this.recapDelivery = recapDelivery;
        this.decisions = decisions;
        this.panels = panels;
        this.meetings = meetings;
        this.ratings = ratings;
        this.commands = commands;
        this.actionItems = actionItems;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String q, @AuthenticationPrincipal CadenceUser me, Model model) {
        MeetingsOverview overview = meetings.overview(q, me);
        model.addAttribute("overview", overview);
        // As a series' page shows them: each past meeting's decisions counted, all in one statement.
        model.addAttribute("decided", meetings.decisionCounts(overview.past()));
        return "meetings/index";
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        MeetingPage page = meetings.page(id, me);
        model.addAttribute("page", page);
        // Only a closed meeting is rated: the others skip reading the meeting and its series again.
        model.addAttribute("rating", page.closed() ? ratings.of(id, me).orElse(null) : null);
        // Panels as of the meeting's day, on the full page only: they do not change with the meeting's revision.
        model.addAttribute("panels", panels.of(page.meeting(), page.sections(), me));
        RecapDelivery delivery = recapDelivery.getIfAvailable();
        model.addAttribute("recapMailSending", delivery != null && delivery.sending());
        emptyForms(model.asMap());
        return "meetings/show";
    }

    /**
     * What changed since the page's revision: nothing (204, the page keeps polling), every region as
     * out-of-band fragments, or a full refresh once the meeting is closed.
     */
    @GetMapping("/{id}/live")
    ModelAndView live(@PathVariable long id, @RequestParam(defaultValue = "-1") long rev, @AuthenticationPrincipal CadenceUser me,
                      HttpServletResponse response) {
        if (meetings.revision(id, me) == rev) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        MeetingPage page = meetings.page(id, me);
        if (page.closed()) {
            return new ModelAndView(new HtmxRefreshView());
        }
        ModelAndView updates = new ModelAndView(UPDATES);
        updates.addObject("page", page);
        emptyForms(updates.getModelMap());
        return updates;
    }

    // ---- agenda items ----

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") MeetingForms.Item form, BindingResult binding,
                   @RequestParam(name = "private", defaultValue = "false") boolean privateItem,
                   @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        form.setPrivateItem(privateItem);
        onRefusal.showFormInPlace("#add-item-" + form.getSectionId(), "meetings/show :: add-item", binding, (refused, why) -> {
            MeetingPage page = meetings.page(id, me);
            refused.addAttribute("page", page);
            refused.addAttribute("section", section(page, form.getSectionId()));
        });
        ItemView added = commands.addItem(id, form.getSectionId(), form.getText(), privateItem, me);
        return refreshed(id, me, model, "item-" + form.getSectionId(), added.kind() == ItemKind.PRIORITY ? "Priority added."
                : privateItem ? "Private talking point added." : "Talking point added.");
    }

    @GetMapping("/{id}/items/{itemId}")
    String item(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal CadenceUser me, Model model) {
        return itemFragment(id, meetings.item(id, itemId, me), me, model);
    }

    @GetMapping("/{id}/items/{itemId}/edit")
    String editItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal CadenceUser me, Model model) {
        ItemView item = meetings.item(id, itemId, me);
        MeetingForms.ItemEdit form = new MeetingForms.ItemEdit();
        form.setText(item.text());
        form.setNotes(item.notes());
        form.setVersion(item.version());
        model.addAttribute("item", item);
        model.addAttribute("itemEditForm", form);
        model.addAttribute("meetingId", id);
        return item.figures() != null ? "meetings/show :: change-row-editor" : "meetings/show :: item-editor";
    }

    @PostMapping("/{id}/items/{itemId}")
    String saveItem(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("itemEditForm") MeetingForms.ItemEdit form,
                    BindingResult binding, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        boolean row = meetings.item(id, itemId, me).figures() != null;
        onRefusal.showForm(row ? "meetings/show :: change-row-editor" : "meetings/show :: item-editor", binding, (refused, why) -> {
            ItemView current = meetings.item(id, itemId, me);
            refused.addAttribute("item", current);
            refused.addAttribute("meetingId", id);
            if (why instanceof StaleEditException) {
                // Theirs is shown, ours stays in the editor; saving again (with their version) replaces theirs knowingly.
                refused.addAttribute("theirs", current);
                form.setVersion(current.version());
            }
        });
        ItemView saved = commands.editItem(id, itemId, form.getText(), form.getNotes(), form.getVersion(), me);
        itemFragment(id, saved, me, model);
        model.addAttribute("savedItem", saved.id());
        model.addAttribute("confirmation", saved.fromData() ? "Notes saved." : "Saved.");
        return "meetings/updates :: item-saved";
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
    String message(@PathVariable long id, @ModelAttribute("messageForm") MeetingForms.Message form, BindingResult binding,
                   @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        // The refusal comes with the stored version (the page's), so saving again replaces it knowingly; the text typed stays.
        onRefusal.showFormInPlace("#meeting-message", "meetings/show :: message", binding,
                (refused, why) -> refused.addAttribute("page", meetings.page(id, me)));
        commands.writeMessage(id, form.getMessage(), form.isNoMessage(), form.getVersion(), me);
        return refreshed(id, me, model, "message", "Message saved.");
    }

    /**
     * What closing will leave behind (sections not covered, points that move on, the message), with the form that
     * closes: shown in the close card before anything closes.
     */
    @GetMapping("/{id}/close-summary")
    String closeSummary(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", meetings.page(id, me));
        model.addAttribute("closeSummary", meetings.closeSummary(id, me));
        model.addAttribute("closeForm", new MeetingForms.Close());
        return "meetings/show :: close-summary";
    }

    /**
     * Closes the meeting; the closer may rate it at once (1 to 10), the others on the recap. A meeting still in
     * preparation closes only when confirmed. A refusal comes back in the close card, beside its button (htmx), or on
     * the page's close card after a redirect.
     */
    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @ModelAttribute("closeForm") MeetingForms.Close form, BindingResult binding,
                 @AuthenticationPrincipal CadenceUser me, HtmxRequest htmx, OnRefusal onRefusal, RedirectAttributes redirect,
                 HttpServletRequest request, HttpServletResponse response) {
        if (htmx.isHtmxRequest()) {
            onRefusal.showFormInPlace("#close-summary", "meetings/show :: close-summary", binding, (refused, why) -> {
                refused.addAttribute("page", meetings.page(id, me));
                refused.addAttribute("closeSummary", meetings.closeSummary(id, me));
            });
        } else {
            onRefusal.redirectTo("/meetings/" + id + "#close", binding);
        }
        MeetingSummary next = ratings.closeAndRate(id, form.isMoveUndiscussed(), form.isCloseUnstarted(), form.getRating(), me);
        String mailed = RecapController.mailingOf(recapDelivery, id).summary();
        Flash.success(redirect, next == null ? "Meeting closed. " + mailed + " The series is paused or ended, so no next meeting was prepared."
                : "Meeting closed. " + mailed + " The next one, " + next.dayLabel() + ", is ready for your talking points.");
        String recap = "/meetings/" + id + "/recap";
        if (htmx.isHtmxRequest()) {
            // The browser goes to the recap itself; the flash waits in the session for it.
            org.springframework.web.servlet.FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.putAll(redirect.getFlashAttributes());
            RequestContextUtils.saveOutputFlashMap(recap, request, response);
            response.setHeader("HX-Redirect", request.getContextPath() + recap);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        return "redirect:" + recap;
    }

    /** A participant rates the closed meeting (or rates it again): the rating card again for htmx, else back to the recap. */
    @PostMapping("/{id}/rating")
    String rate(@PathVariable long id, @RequestParam(required = false) Integer score, @AuthenticationPrincipal CadenceUser me,
                HtmxRequest htmx, OnRefusal onRefusal, Model model, RedirectAttributes redirect) {
        onRefusal.redirectTo("/meetings/" + id + "/recap");
        RatingView rated = ratings.rate(id, score, me);
        if (htmx.isHtmxRequest()) {
            model.addAttribute("rating", rated);
            model.addAttribute("justRated", true);
            return "meetings/rating :: rating";
        }
        Flash.success(redirect, "Thank you: you rated this meeting " + rated.mine() + " out of 10.");
        return "redirect:/meetings/" + id + "/recap";
    }

    // ---- action items and decisions ----

    @PostMapping("/{id}/actions")
    String addAction(@PathVariable long id, @Valid @ModelAttribute("actionForm") MeetingForms.Action form, BindingResult binding,
                     @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        onRefusal.showFormInPlace("#action-form", "meetings/show :: action-form", binding,
                (refused, why) -> refused.addAttribute("page", meetings.page(id, me)));
        ActionItemView added = actionItems.addActionItem(id, form.getText(), form.getOwnerId(), form.getDueOn(), me);
        return refreshed(id, me, model, "action", "Action item added for " + added.ownerName() + ".");
    }

    @PostMapping("/{id}/actions/{actionId}/done")
    String actionDone(@PathVariable long id, @PathVariable long actionId, @RequestParam(defaultValue = "false") boolean done,
                      @AuthenticationPrincipal CadenceUser me, Model model) {
        actionItems.markActionItemDone(id, actionId, done, me);
        return refreshed(id, me, model);
    }

    @PostMapping("/{id}/decisions")
    String recordDecision(@PathVariable long id, @ModelAttribute("decisionForm") MeetingForms.Decision form, BindingResult binding,
                          @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        onRefusal.showFormInPlace("#decision-form", "meetings/show :: decision-form", binding, (refused, why) -> {
            refused.addAttribute("page", meetings.page(id, me));
            refused.addAttribute("deciderWarning", why instanceof DeciderNotEntitledException ? why.getMessage()
                    : decisions.deciderWarning(form.getAreaId(), form.getDeciderId()).orElse(null));
        });
        DecisionSummary recorded = commands.recordDecision(id, form.getTitle(), form.getDecision(), form.getRationale(),
                form.getDeciderId(), form.getAreaId(), form.getMessage(), form.getOverrideReason(), me);
        return refreshed(id, me, model, "decision", "Decision recorded: “" + recorded.title() + "”. It is in the decision log.");
    }

    // ---- the priorities' order ----

    /** Moves a priority one place up or down (its buttons, Alt+↑/↓); {@code seen} is the order the page showed. */
    @PostMapping("/{id}/items/{itemId}/move")
    String movePriority(@PathVariable long id, @PathVariable long itemId, @RequestParam String direction,
                        @RequestParam(defaultValue = "") String seen, @AuthenticationPrincipal CadenceUser me, Model model) {
        int by = switch (direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw new RuleViolationException("Move a priority up or down.");
        };
        return announced(commands.movePriority(id, itemId, by, ids(seen), me), itemId, id, me, model);
    }

    /** The priorities in the order they were dragged into; {@code seen} is the order the page showed. */
    @PostMapping("/{id}/sections/{sectionId}/order")
    String orderPriorities(@PathVariable long id, @PathVariable long sectionId, @RequestParam String order,
                           @RequestParam(defaultValue = "") String seen, @RequestParam(required = false) Long moved,
                           @AuthenticationPrincipal CadenceUser me, Model model) {
        return reordered(id, sectionId, ids(order), ids(seen), moved, me, model);
    }

    private String reordered(long id, long sectionId, List<Long> order, List<Long> seen, Long moved, CadenceUser me, Model model) {
        return announced(commands.reorderPriorities(id, sectionId, order, seen, me), moved, id, me, model);
    }

    /** The page's regions after a reorder, saying where the moved priority went (for screen readers). */
    private String announced(List<ItemView> now, Long moved, long id, CadenceUser me, Model model) {
        String announce = "Priorities reordered.";
        for (int i = 0; i < now.size(); i++) {
            if (moved != null && now.get(i).id() == moved) {
                announce = "Moved “" + AgendaItem.abbreviate(now.get(i).text(), 80) + "” to position " + (i + 1) + " of " + now.size() + ".";
            }
        }
        return refreshed(id, me, model, null, announce);
    }

    /** "12,7,9" as ids; anything else is refused as a malformed request (400). */
    private static List<Long> ids(String list) {
        List<Long> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    throw new RuleViolationException("The order names something that is not a priority: \"" + part.trim() + "\".");
                }
            }
        }
        return ids;
    }

    // ---- helpers ----

    /** Every region of the page, out of band, after a change: the same response the poll gives. */
    private String refreshed(long id, CadenceUser me, Model model) {
        return refreshed(id, me, model, null, null);
    }

    /**
     * As above, after a save from one of the page's forms ({@code saved}: "decision", "action", "message" or
     * "item-{sectionId}"): that form comes back empty with {@code confirmation} beside it, which is also announced to
     * screen readers (the page's live region); {@code saved} null announces only.
     */
    private String refreshed(long id, CadenceUser me, Model model, String saved, String confirmation) {
        model.addAttribute("page", meetings.page(id, me));
        emptyForms(model.asMap());
        model.addAttribute("saved", saved);
        model.addAttribute("confirmation", confirmation);
        return UPDATES;
    }

    /** The page's forms, empty: after a change the form that made it is ready for the next one (a refused one comes back filled). */
    private static void emptyForms(Map<String, Object> model) {
        Map.of("itemForm", new MeetingForms.Item(), "messageForm", new MeetingForms.Message(),
                "actionForm", new MeetingForms.Action(), "decisionForm", new MeetingForms.Decision(),
                "closeForm", new MeetingForms.Close()).forEach((name, empty) -> {
            model.put(name, empty);
            model.remove(BindingResult.MODEL_KEY_PREFIX + name);
        });
    }

    /** One item, without the rest of the page: what the fragment needs is who may act on it. */
    private String itemFragment(long meetingId, ItemView item, CadenceUser me, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("canRun", meetings.canRun(meetingId, me));
        return item.figures() != null ? "meetings/show :: change-row" : "meetings/show :: item";
    }

    private static SectionView section(MeetingPage page, long sectionId) {
        return page.sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such section in this meeting."));
    }
}
