package dev.cadence.scorecard;

import dev.cadence.history.ChangeSet;
import dev.cadence.people.CadenceUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The glossary of shared terms: read by everyone, edited by RevOps, changes proposed by the rest. */
@Controller
@RequestMapping("/glossary")
class GlossaryController extends GovernedController<TermView, TermSpec, GlossaryForm> {

    private final GlossaryService glossary;

    GlossaryController(GlossaryService glossary) {
        super(glossary, "/glossary", "scorecard/term-form", "term");
        this.glossary = glossary;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("terms", glossary.all());
        model.addAttribute("pending", glossary.pendingProposals());
        model.addAttribute("canGovern", ScorecardPermissions.canGovern(me));
        return "scorecard/glossary";
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, @AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("term", glossary.get(key));
        model.addAttribute("proposals", glossary.proposals(key));
        List<ChangeSet> history = new ArrayList<>(glossary.history(key));
        Collections.reverse(history);
        model.addAttribute("history", history);
        model.addAttribute("canGovern", ScorecardPermissions.canGovern(me));
        model.addAttribute("canPropose", ScorecardPermissions.canPropose(me));
        model.addAttribute("me", me.personId());
        return "scorecard/term";
    }

    @Override
    GlossaryForm newForm() {
        return new GlossaryForm();
    }

    @Override
    GlossaryForm formOf(TermView term) {
        return GlossaryForm.from(term);
    }

    @Override
    GovernanceStatus initialStatus() {
        return GovernanceStatus.APPROVED;
    }

    @Override
    String createdMessage(TermView created) {
        return "“" + created.term() + "” is in the glossary.";
    }

    @Override
    String savedMessage(TermView saved) {
        return "Saved. The change is in the term's history.";
    }
}
