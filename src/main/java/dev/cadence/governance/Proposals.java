package dev.cadence.governance;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.UserText;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposed changes to governed subjects, for every feature alike: proposing (with a reason, keeping
 * only what differs), approving or rejecting (governors), withdrawing (the proposer), reading them
 * back. A proposal is always acted on through its own kind: a glossary proposal is no metric's.
 */
@Service
@Transactional
public class Proposals {

    private static final int RATIONALE = 2000;
    /** A decision's comment, {@code varchar(2000)}. */
    private static final int COMMENT = 2000;

    private final ProposalRepository proposals;
    private final PersonService people;
    private final Clock clock;

    Proposals(ProposalRepository proposals, PersonService people, Clock clock) {
        this.proposals = proposals;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Proposes setting {@code proposed} (fields as text, by name) on the subject; it waits. Only the
     * fields that differ from the subject now are kept.
     */
    public ChangeProposal propose(Subject subject, Map<String, String> proposed, String rationale, CadenceUser by) {
        GovernanceRoles.requirePropose(by);
        Proposal proposal = new Proposal(subject.kind().type(), subject.id(), subject.version(), by.personId(),
                clock.instant(), requireRationale(subject.kind(), rationale), subject.fields(), proposed);
        if (proposal.changesNothing()) {
            throw new RuleViolationException("Your proposal changes nothing in the " + subject.kind().noun() + ".");
        }
        proposals.saveAndFlush(proposal);
        return ChangeProposal.of(proposal, subject, Map.of(by.personId(), by.displayName()));
    }

    /**
     * Approves a pending proposal. The caller applies the returned changes to the subject as it is now,
     * in this transaction: when it refuses them, the approval rolls back with it.
     */
    public Approval approve(SubjectKind kind, long proposalId, String comment, CadenceUser by) {
        GovernanceRoles.requireGovern(kind, by);
        return pending(kind, proposalId).approve(by.personId(), clock.instant(), UserText.optional(comment, COMMENT, "comment"));
    }

    /** Rejects a pending proposal; the comment, which the proposer reads, is required. */
    public void reject(SubjectKind kind, long proposalId, String comment, CadenceUser by) {
        GovernanceRoles.requireGovern(kind, by);
        pending(kind, proposalId).reject(by.personId(), clock.instant(), UserText.optional(comment, COMMENT, "comment"));
        proposals.flush();
    }

    /** Withdraws a pending proposal; only its proposer may (and not once they are only a board member). */
    public void withdraw(SubjectKind kind, long proposalId, CadenceUser by) {
        GovernanceRoles.requirePropose(by);
        pending(kind, proposalId).withdraw(by.personId(), clock.instant());
        proposals.flush();
    }

    /** The proposals on one subject, newest first, with what each would change now. */
    @Transactional(readOnly = true)
    public List<ChangeProposal> on(Subject subject, Map<Long, String> names) {
        return proposals.findOnSubject(subject.kind().type(), subject.id()).stream()
                .map(p -> ChangeProposal.of(p, subject, names)).toList();
    }

    /** Every pending proposal of a kind, oldest first; {@code subjects} reads the subjects they are on, by id. */
    @Transactional(readOnly = true)
    public List<ChangeProposal> pending(SubjectKind kind, Function<Collection<Long>, Map<Long, Subject>> subjects,
                                        Map<Long, String> names) {
        List<Proposal> waiting = proposals.findInState(kind.type(), ProposalState.PENDING);
        Set<Long> ids = waiting.stream().map(Proposal::getSubjectId).collect(Collectors.toSet());
        Map<Long, Subject> byId = ids.isEmpty() ? Map.of() : subjects.apply(ids);
        return waiting.stream().map(p -> ChangeProposal.of(p, byId.get(p.getSubjectId()), names)).toList();
    }

    /**
     * The proposals of a kind that were waiting at {@code at} (made by then, not yet decided then), oldest first, each
     * with what it would have changed in the subject as it stood then: {@code subjects} reads those, by id.
     */
    @Transactional(readOnly = true)
    public List<ChangeProposal> waitingAt(SubjectKind kind, Instant at, Function<Collection<Long>, Map<Long, Subject>> subjects,
                                          Map<Long, String> names) {
        List<Proposal> waiting = proposals.findWaitingAt(kind.type(), at);
        Set<Long> ids = waiting.stream().map(Proposal::getSubjectId).collect(Collectors.toSet());
        Map<Long, Subject> byId = ids.isEmpty() ? Map.of() : subjects.apply(ids);
        return waiting.stream().filter(p -> byId.containsKey(p.getSubjectId()))
                .map(p -> ChangeProposal.of(p, byId.get(p.getSubjectId()), names)).toList();
    }

    @Transactional(readOnly = true)
    public long pendingCount(SubjectKind kind) {
        return proposals.countBySubjectTypeAndState(kind.type(), ProposalState.PENDING);
    }

    /**
     * The proposal, row-locked until the transaction ends, if still pending: two governors deciding on it at the
     * same moment decide one after the other, and the second is told who decided first.
     */
    private Proposal pending(SubjectKind kind, long proposalId) {
        Proposal proposal = proposals.lockById(proposalId).filter(p -> p.getSubjectType().equals(kind.type()))
                .orElseThrow(() -> new NotFoundException("There is no proposal " + proposalId + "."));
        if (proposal.getState().decided()) {
            throw new RuleViolationException("This proposal was " + proposal.getState().name().toLowerCase()
                    + " already by " + people.get(proposal.getDecidedBy()).name() + ".");
        }
        return proposal;
    }

    private static String requireRationale(SubjectKind kind, String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new RuleViolationException("rationale", "Say why: " + kind.governorsName()
                    + " decides on the reason as much as the change.");
        }
        if (rationale.trim().length() > RATIONALE) {
            throw new RuleViolationException("rationale", "Keep it under " + String.format("%,d", RATIONALE) + " characters.");
        }
        return rationale.trim();
    }
}
