package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.OnRefusal;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import java.util.Optional;
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
 * narrative, and the cell's row comes back re-coloured, with its trend and flags (htmx), without a reload.
 */
@Controller
@RequestMapping("/scorecard")
class ScorecardController {

    private final ScorecardService scorecard;
    private final MetricDefinitionService definitions;

    ScorecardController(ScorecardService scorecard, MetricDefinitionService definitions) {
        this.scorecard = scorecard;
        this.definitions = definitions;
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
        model.addAttribute("cell", cell);
        if (edit) {
            if (!cell.canEnter()) {
                throw new AccessDeniedException("Only the metric's owner, RevOps and administrators enter its values.");
            }
            model.addAttribute("entry", ValueEntryForm.from(cell));
            MetricView metric = definitions.get(key);
            model.addAttribute("unit", metric.unit());
            model.addAttribute("metricName", metric.name());
            return "scorecard/cell :: editor";
        }
        return "scorecard/cell :: cell";
    }

    /**
     * A value entered in place: its whole row comes back (the cell re-coloured, the trend and the "missing" flag as
     * they now are), or the editor with what was typed and the refusal, against the value now stored (so that saving
     * again replaces it knowingly).
     */
    @PostMapping("/cells/{key}/{period}")
    String enter(@PathVariable String key, @PathVariable String period, @RequestParam(required = false) String segment,
                 @ModelAttribute("entry") ValueEntryForm entry, BindingResult binding,
                 @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, HtmxResponse htmx, Model model) {
        // A cell that does not exist (a mistyped period or segment) is refused before there is an editor to show.
        scorecard.cell(key, period, segment, me);
        onRefusal.showForm("scorecard/cell :: editor", binding, (refused, why) -> {
            refused.addAttribute("cell", scorecard.cell(key, period, segment, me));
            MetricView metric = definitions.get(key);
            refused.addAttribute("unit", metric.unit());
            refused.addAttribute("metricName", metric.name());
        });
        CellView cell = scorecard.enterValue(key, period, segment, entry.getValue(), entry.getNarrative(), entry.getVersion(), me);
        model.addAttribute("justSaved", period);
        Optional<ScorecardRow> row = row(key, segment, me);
        if (row.isEmpty()) {
            // A metric not (yet) on the scorecard, entered from elsewhere: the cell alone.
            model.addAttribute("cell", cell);
            return "scorecard/cell :: cell";
        }
        htmx.setRetarget("closest tr");
        model.addAttribute("row", row.get());
        return "scorecard/table :: row";
    }

    /** The metric's row of the scorecard as the viewer sees it, when it is on the scorecard (approved). */
    private Optional<ScorecardRow> row(String key, String segment, CadenceUser me) {
        return scorecard.scorecard(segment, me).sections().stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.metric().key().equals(key)).findFirst();
    }
}
