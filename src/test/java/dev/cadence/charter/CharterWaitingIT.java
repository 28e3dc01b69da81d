package dev.cadence.charter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What Home reads from the charter: the proposals waiting for the CEO, with the sections each would change. */
@CadenceIntegrationTest
class CharterWaitingIT {

    @Autowired
    CharterService charter;
    @Autowired
    PersonService people;

    @Test
    void aProposalWaitsUntilItIsWithdrawn() {
        CadenceUser cmo = people.principalOf("cmo");
        String title = "Waiting " + System.nanoTime();
        CharterView now = charter.current();
        List<SectionDraft> drafts = new ArrayList<>();
        now.sections().forEach(s -> drafts.add(new SectionDraft(s.key(), s.title(), s.body(), false)));
        drafts.add(new SectionDraft(null, title, "Partners first.", false));
        CharterProposal proposal = charter.propose(drafts, "Partners bring the best deals.", now.number(), cmo);

        assertThat(charter.waitingProposals()).filteredOn(w -> w.rationale().equals("Partners bring the best deals."))
                .anySatisfy(w -> {
                    assertThat(w.proposedBy()).isEqualTo("Priya Raman");
                    assertThat(w.sections()).anySatisfy(section -> assertThat(section).startsWith(title));
                });

        charter.withdraw(proposal.proposal().id(), cmo);
        assertThat(charter.waitingProposals()).flatExtracting(CharterPanel.Waiting::sections)
                .noneMatch(section -> section.startsWith(title));
    }
}
