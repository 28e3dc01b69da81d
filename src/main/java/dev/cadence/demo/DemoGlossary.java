package dev.cadence.demo;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.scorecard.GlossaryService;
import dev.cadence.scorecard.GovernanceStatus;
import dev.cadence.scorecard.TermSpec;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brightline's twelve shared terms, one of them with a wording proposed by Sales. Loaded once. */
@Component
@Profile("!prod")
@Order(21)
class DemoGlossary implements ApplicationRunner {

    private record Term(String key, String term, String definition, String example) {
    }

    private static final List<Term> TERMS = List.of(
            new Term("pipeline", "Pipeline",
                    "Open opportunities at Stage 2 or later with an amount and a close date in the quarter being forecast.",
                    "A Stage 1 discovery call is not pipeline; it becomes pipeline when discovery is done and a champion is named."),
            new Term("qualified-opportunity", "Qualified opportunity",
                    "An opportunity that reached Stage 2: discovery done, pain confirmed, a champion named, budget range known.",
                    null),
            new Term("committed", "Committed (forecast category)",
                    "A deal the owner is willing to be measured on: paper process agreed, economic buyer engaged, close date within the quarter.",
                    "Best case deals are not committed until the buyer has confirmed the signing path."),
            new Term("best-case", "Best case (forecast category)",
                    "A deal that can close this quarter if the open risks resolve; named in the forecast call with its risk.",
                    null),
            new Term("churn-risk", "Churn risk",
                    "A customer whose renewal is in doubt: health score red for two weeks, an executive sponsor lost, or usage down 30% quarter on quarter.",
                    null),
            new Term("mql", "MQL (marketing-qualified lead)",
                    "A lead in our ICP that asked for a demo, or scored 60+ on fit and engagement.",
                    "A webinar sign-up from a 20-person agency is not an MQL: it is outside the ICP."),
            new Term("sql", "SQL (sales-qualified lead)",
                    "An MQL an SDR accepted after a qualifying conversation, with a discovery meeting booked.",
                    null),
            new Term("speed-to-lead-sla", "Speed-to-lead SLA",
                    "Every inbound demo request gets a human touch (call or personal e-mail) within 15 business minutes.",
                    null),
            new Term("icp", "ICP (ideal customer profile)",
                    "B2B software and fintech companies with 200–5,000 employees, a RevOps function and Salesforce as CRM.",
                    null),
            new Term("nrr", "NRR (net revenue retention)",
                    "ARR today from customers we had twelve months ago, divided by their ARR then; counts expansion, contraction and churn.",
                    null),
            new Term("expansion-arr", "Expansion ARR",
                    "New ARR from existing customers (seats, modules, tier upgrades), credited to CS when the customer is under a CSM.",
                    null),
            new Term("ramp", "Ramped AE",
                    "An account executive in their first full-quota month: quota is prorated 25/50/75% over the first three months.",
                    null));

    private final GlossaryService glossary;
    private final PersonService people;

    DemoGlossary(GlossaryService glossary, PersonService people) {
        this.glossary = glossary;
        this.people = people;
    }

    // Not one transaction: each change is its own revision, made while RunAs names the author.
    @Override
    public void run(ApplicationArguments args) {
        if (!glossary.all().isEmpty()) {
            return;
        }
        CadenceUser revops = people.principalOf("revops");
        RunAs.run(revops, () -> {
            for (Term t : TERMS) {
                glossary.create(t.key(), new TermSpec(t.term(), t.definition(), t.example()), GovernanceStatus.APPROVED, revops);
            }
            glossary.propose("committed", new TermSpec("Committed (forecast category)",
                            "A deal the owner is willing to be measured on: signed order form expected this quarter, economic "
                                    + "buyer engaged, legal review started.", glossary.get("committed").example()),
                    "“Paper process agreed” is read differently by each AE; legal review started is observable in Salesforce.",
                    people.principalOf("cro"));
        });
    }
}
