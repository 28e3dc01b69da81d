package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.FormErrors;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TypedNumber;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The scorecard page, and its cells: an owner opens a cell in place, enters the value and the
 * narrative, and the cell comes back re-coloured (htmx), without a reload.
 */
@Controller
@RequestMapping("/scorecard")
class ScorecardController {

    private final ScorecardService scorecard;

    ScorecardController(ScorecardService scorecard) {
        this.scorecard = scorecard;
    }

    @GetMapping
    String scorecard(@RequestParam(required = false) String segment, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("scorecard", scorecard.scorecard(segment, me));
        return "scorecard/index";
    }

    /** The cell as it reads, or ({@code edit}) as a small form for its owner. */
    @GetMapping("/cells/{key}/{period}")
    String cell(@PathVariable String key, @PathVariable String period, @RequestParam(required = false) String segment,
                @RequestParam(defaultValue = "false") boolean edit, @AuthenticationPrincipal CadenceUser me, Model model) {
        CellView cell = scorecard.cell(key, period, segment, me);
        if (edit) {
            if (!cell.canEnter()) {
                throw new AccessDeniedException("Only the metric's owner, RevOps and administrators enter its values.");
            }
            model.addAttribute("cell", cell);
            model.addAttribute("valueText", cell.value() == null ? "" : cell.value().stripTrailingZeros().toPlainString());
            model.addAttribute("narrativeText", cell.narrative() == null ? "" : cell.narrative());
            return "scorecard/cell :: editor";
        }
        model.addAttribute("cell", cell);
        return "scorecard/cell :: cell";
    }

    @PostMapping("/cells/{key}/{period}")
    String enter(@PathVariable String key, @PathVariable String period, @RequestParam(required = false) String segment,
                 @ModelAttribute("entry") ValueEntryForm entry, BindingResult binding,
                 @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) {
        try {
            FormErrors.requireBound(binding);
            CellView cell = scorecard.enterValue(key, period, segment, TypedNumber.valueOf(entry.getValue()),
                    entry.getNarrative(), entry.getVersion(), me);
            model.addAttribute("cell", cell);
            model.addAttribute("justSaved", true);
            return "scorecard/cell :: cell";
        } catch (RuleViolationException violation) {
            response.setStatus(422);
            model.addAttribute("error", violation.getMessage());
        } catch (StaleEditException stale) {
            response.setStatus(409);
            model.addAttribute("error", stale.getMessage());
        }
        CellView current;
        try {
            current = scorecard.cell(key, period, segment, me);
        } catch (RuleViolationException noSuchCell) {
            // The cell itself does not exist (a mistyped period or segment): say so in its place.
            return "scorecard/cell :: problem";
        }
        model.addAttribute("cell", current);
        // Keep what the person typed; the next save goes against the value now stored.
        Object typed = binding.getFieldValue("value");
        model.addAttribute("valueText", typed == null ? "" : typed);
        model.addAttribute("narrativeText", entry.getNarrative() == null ? "" : entry.getNarrative());
        return "scorecard/cell :: editor";
    }
}
