package dev.cadence.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SqlStatements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What Home reads from the log: what waits for one person's decision, and the latest decisions taken. */
@CadenceIntegrationTest
class DecisionsForHomeIT {

    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;

    @Test
    void whatWaitsForAPersonIsWhatTheyDecideAndIsProposedOrReopenedOldestFirst() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        PersonView decider = PersonFixture.add(people, "Dana Decider", Role.CRO);
        String marker = " " + System.nanoTime();
        DecisionSummary first = decisions.propose(draft("First to decide" + marker, null, decider.id()), ceo);
        DecisionSummary second = decisions.propose(draft("Second to decide" + marker, null, decider.id()), ceo);
        DecisionSummary decided = decisions.record(draft("Decided already" + marker, "Yes.", decider.id()), ceo);
        DecisionSummary reopened = decisions.record(draft("Reopened" + marker, "Yes.", decider.id()), ceo);
        decisions.reopen(reopened.id(), "The market moved.", decisions.get(reopened.id()).version(), ceo);
        decisions.propose(draft("Someone else's" + marker, null, ceo.personId()), ceo);

        assertThat(decisions.awaitingDecisionBy(decider.id(), 10)).extracting(DecisionSummary::id)
                .containsExactly(first.id(), second.id(), reopened.id());
        assertThat(decisions.awaitingDecisionBy(decider.id(), 2)).extracting(DecisionSummary::id)
                .containsExactly(first.id(), second.id());
        assertThat(decisions.awaitingDecisionBy(decider.id(), 10)).extracting(DecisionSummary::id).doesNotContain(decided.id());
        assertThat(SqlStatements.countDuring(() -> decisions.awaitingDecisionBy(decider.id(), 5))).isEqualTo(1);
    }

    @Test
    void theLatestDecisionsTakenAreNewestFirstAndLeaveOutProposals() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        String marker = " " + System.nanoTime();
        DecisionSummary proposed = decisions.propose(draft("Only proposed" + marker, null, ceo.personId()), ceo);
        DecisionSummary decided = decisions.record(draft("Decided today" + marker, "We do it.", ceo.personId()), ceo);

        assertThat(decisions.latestDecided(3)).hasSizeLessThanOrEqualTo(3);
        // Other tests record decisions too, some dated on days their clock was set to: mine is the newest of today's.
        List<DecisionSummary> latest = decisions.latestDecided(1000);
        assertThat(latest).extracting(DecisionSummary::decidedOn).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(latest).filteredOn(d -> d.decidedOn().equals(decided.decidedOn())).first()
                .as("decided today, recorded last").extracting(DecisionSummary::id).isEqualTo(decided.id());
        assertThat(latest).extracting(DecisionSummary::id).doesNotContain(proposed.id());
        assertThat(latest).extracting(DecisionSummary::status).isSubsetOf("DECIDED", "SUPERSEDED");
        assertThat(SqlStatements.countDuring(() -> decisions.latestDecided(5))).isEqualTo(1);
    }

    private static DecisionDraft draft(String title, String decision, long deciderId) {
        return new DecisionDraft(title, "Context.", null, null, decision, null, deciderId, null, null, null, null,
                decision == null ? null : "We decided: " + title, null);
    }
}
