package dev.cadence.pipeline;

import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pipeline as of a snapshot, filtered and inspected, and one deal across the snapshots. */
@Controller
@RequestMapping("/pipeline")
class PipelineController {

    private final PipelineService pipeline;

    PipelineController(PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate snapshot,
                @RequestParam(required = false) String segment, @RequestParam(required = false) String owner,
                @RequestParam(required = false) ForecastCategory category, @RequestParam(required = false) String stage,
                @RequestParam(required = false) String quarter,
                @RequestParam(defaultValue = "" + PipelineService.DEFAULT_STALE_WEEKS) int staleWeeks,
                @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", pipeline.page(snapshot, new DealFilter(segment, owner, category, stage, quarter), staleWeeks, me));
        // A list, not the array: kept fragments compare their variables with equals.
        model.addAttribute("categories", List.of(ForecastCategory.values()));
        model.addAttribute("canImport", PipelinePermissions.canImport(me));
        return "pipeline/index";
    }

    @GetMapping("/deals/{dealId}")
    String deal(@PathVariable String dealId, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("deal", pipeline.deal(dealId, me));
        return "pipeline/deal";
    }
}
