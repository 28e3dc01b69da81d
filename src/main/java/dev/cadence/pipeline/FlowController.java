package dev.cadence.pipeline;

import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What moved between two snapshots: the waterfall and its tables, and each bucket's deals. */
@Controller
@RequestMapping("/pipeline/flow")
class FlowController {

    private final FlowService flows;

    FlowController(FlowService flows) {
        this.flows = flows;
    }

    @GetMapping
    String flow(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String segment, @RequestParam(required = false) String quarter,
                @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", flows.page(from, to, segment, quarter, me));
        return "pipeline/flow";
    }

    @GetMapping("/deals")
    String deals(@RequestParam String bucket,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String segment, @RequestParam(required = false) String quarter,
                 @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("listed", flows.deals(FlowBucket.ofParam(bucket), from, to, segment, quarter, me));
        return "pipeline/flow-deals";
    }
}
