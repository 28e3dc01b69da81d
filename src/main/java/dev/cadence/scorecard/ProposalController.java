package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Deciding on a proposed change, the same way for definitions and glossary terms: RevOps approves or
 * rejects (saying why), the proposer withdraws; then back to the subject's page with the outcome.
 */
@Controller
class ProposalController {

    private static final String DECISION = "{decision:approve|reject|withdraw}";

    private final MetricDefinitionService definitions;
    private final GlossaryService glossary;

    ProposalController(MetricDefinitionService definitions, GlossaryService glossary) {
        this.definitions = definitions;
        this.glossary = glossary;
    }

    @PostMapping("/metrics/proposals/{id}/" + DECISION)
    String onDefinition(@PathVariable long id, @PathVariable String decision, @RequestParam String metric,
                        @RequestParam(required = false) String comment, @AuthenticationPrincipal CadenceUser me,
                        OnRefusal onRefusal, RedirectAttributes redirect) {
        return decide(decision, "/metrics/" + UriUtils.encodePathSegment(metric, StandardCharsets.UTF_8),
                "the definition now reads as proposed, and its history shows the change",
                new Outcomes(() -> definitions.approve(id, comment, me), () -> definitions.reject(id, comment, me),
                        () -> definitions.withdraw(id, me)), onRefusal, redirect);
    }

    @PostMapping("/glossary/proposals/{id}/" + DECISION)
    String onTerm(@PathVariable long id, @PathVariable String decision, @RequestParam String term,
                  @RequestParam(required = false) String comment, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        return decide(decision, "/glossary/" + UriUtils.encodePathSegment(term, StandardCharsets.UTF_8),
                "the term now reads as proposed",
                new Outcomes(() -> glossary.approve(id, comment, me), () -> glossary.reject(id, comment, me),
                        () -> glossary.withdraw(id, me)), onRefusal, redirect);
    }

    /** What each decision does to the subject's proposal. */
    private record Outcomes(Runnable approve, Runnable reject, Runnable withdraw) {
    }

    private static String decide(String decision, String back, String approved, Outcomes outcomes, OnRefusal onRefusal,
                                 RedirectAttributes redirect) {
        onRefusal.redirectTo(back);
        switch (decision) {
            case "approve" -> {
                outcomes.approve().run();
                Flash.success(redirect, "Approved: " + approved + ".");
            }
            case "reject" -> {
                outcomes.reject().run();
                Flash.success(redirect, "Rejected; the proposer sees your comment.");
            }
            default -> {
                outcomes.withdraw().run();
                Flash.success(redirect, "Your proposal is withdrawn.");
            }
        }
        return "redirect:" + back;
    }
}
