package dev.cadence.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.history.FieldChange;
import dev.cadence.web.RuleViolationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The rules of one proposal: what it keeps, how it applies, when it is stale, and its states. */
class ProposalTest {

    private static final long PROPOSER = 7;
    private static final long GOVERNOR = 3;
    private static final Instant PROPOSED = Instant.parse("2026-11-02T15:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-03T09:30:00Z");

    private final Map<String, String> current = fields("Win rate", "Won ÷ (won + lost)", null);

    @Test
    void itKeepsOnlyTheFieldsItChangesAndAnEmptyValueChangesNothing() {
        Proposal proposal = propose(fields("Win rate", "Won ÷ qualified", null));
        assertThat(proposal.getChanges()).containsExactly(Map.entry("definition", "Won ÷ qualified"));
        assertThat(proposal.getState()).isEqualTo(ProposalState.PENDING);

        assertThat(propose(fields("Win rate", "Won ÷ (won + lost)", null)).changesNothing()).isTrue();
        assertThat(propose(fields(null, null, null)).changesNothing()).as("null = leave it as it is").isTrue();
        assertThat(propose(fields("Win rate", "Won ÷ (won + lost)", "Q3: 31%")).getChanges())
                .containsExactly(Map.entry("example", "Q3: 31%"));
    }

    @Test
    void itAppliesOnTopOfTheSubjectAsItIsWhenApproved() {
        Proposal proposal = propose(fields("Win rate", "Won ÷ qualified", null));
        Map<String, String> since = fields("Win rate (qualified)", "Won ÷ (won + lost)", "Q3: 31%");

        assertThat(proposal.appliedTo(since)).isEqualTo(fields("Win rate (qualified)", "Won ÷ qualified", "Q3: 31%"));
        Approval approval = proposal.approve(GOVERNOR, DECIDED, "Agreed at the council");
        assertThat(approval.subjectId()).isEqualTo(42);
        assertThat(approval.appliedTo(since)).isEqualTo(proposal.appliedTo(since));
        assertThat(proposal.getState()).isEqualTo(ProposalState.APPROVED);
        assertThat(proposal.getDecidedBy()).isEqualTo(GOVERNOR);
        assertThat(proposal.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(proposal.getProposedAt()).isEqualTo(PROPOSED);
        assertThat(approval.proposedBy()).isEqualTo(PROPOSER);
        assertThat(approval.rationale()).isEqualTo("Because");
        assertThat(proposal.getDecisionComment()).isEqualTo("Agreed at the council");
    }

    @Test
    void aPendingProposalMadeOnAnotherVersionOfItsSubjectIsStale() {
        Proposal proposal = propose(fields("Win rate", "Won ÷ qualified", null));
        assertThat(proposal.madeBefore(5)).isFalse();
        assertThat(proposal.madeBefore(6)).isTrue();
        proposal.approve(GOVERNOR, DECIDED, null);
        assertThat(proposal.madeBefore(6)).as("a decided proposal is history, not stale").isFalse();
    }

    @Test
    void aRejectionNeedsACommentForTheProposer() {
        Proposal proposal = propose(fields("Win rate", "Won ÷ qualified", null));
        assertThatThrownBy(() -> proposal.reject(GOVERNOR, DECIDED, "  "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("comment"))
                .hasMessage("Say why the proposal is rejected; the proposer reads it.");
        assertThat(proposal.getState()).isEqualTo(ProposalState.PENDING);

        proposal.reject(GOVERNOR, DECIDED, " Lost deals are counted in ASP. ");
        assertThat(proposal.getState()).isEqualTo(ProposalState.REJECTED);
        assertThat(proposal.getDecisionComment()).isEqualTo("Lost deals are counted in ASP.");
    }

    @Test
    void onlyTheProposerWithdraws() {
        Proposal proposal = propose(fields("Win rate", "Won ÷ qualified", null));
        assertThatThrownBy(() -> proposal.withdraw(GOVERNOR, DECIDED)).isInstanceOf(AccessDeniedException.class);
        assertThat(proposal.getState()).isEqualTo(ProposalState.PENDING);

        proposal.withdraw(PROPOSER, DECIDED);
        assertThat(proposal.getState()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(proposal.getDecidedBy()).isEqualTo(PROPOSER);
        assertThat(proposal.getDecisionComment()).isNull();
    }

    @Test
    void aDecidedProposalIsNeverDecidedAgain() {
        Proposal withdrawn = propose(fields("Win rate", "Won ÷ qualified", null));
        withdrawn.withdraw(PROPOSER, DECIDED);
        assertThatThrownBy(() -> withdrawn.approve(GOVERNOR, DECIDED, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> withdrawn.reject(GOVERNOR, DECIDED, "No")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> withdrawn.withdraw(PROPOSER, DECIDED)).isInstanceOf(IllegalStateException.class);
        assertThat(withdrawn.getState()).isEqualTo(ProposalState.WITHDRAWN);

        Proposal approved = propose(fields("Win rate", "Won ÷ qualified", null));
        approved.approve(GOVERNOR, DECIDED, null);
        assertThatThrownBy(() -> approved.withdraw(PROPOSER, DECIDED)).isInstanceOf(IllegalStateException.class);
        assertThat(approved.getState()).isEqualTo(ProposalState.APPROVED);
        assertThat(ProposalState.PENDING.decided()).isFalse();
        assertThat(ProposalState.values()).filteredOn(ProposalState::decided)
                .containsExactly(ProposalState.APPROVED, ProposalState.REJECTED, ProposalState.WITHDRAWN);
    }

    @Test
    void aLabelledReaderListsTheChangedFieldsInTheSubjectsOrder() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", "Name");
        labels.put("definition", "Definition");
        labels.put("example", "Example");
        ChangeReader reader = ChangeReader.labelled(labels);

        assertThat(reader.changes(current, fields("Win rate", "Won ÷ qualified", "Q3: 31%"))).containsExactly(
                new FieldChange("Definition", "Won ÷ (won + lost)", "Won ÷ qualified"),
                new FieldChange("Example", null, "Q3: 31%"));
        assertThat(reader.changes(current, current)).isEmpty();
    }

    private Proposal propose(Map<String, String> proposed) {
        return new Proposal("metric", 42, 5, PROPOSER, PROPOSED, "Because", current, proposed);
    }

    private static Map<String, String> fields(String name, String definition, String example) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("definition", definition);
        fields.put("example", example);
        return fields;
    }
}
