package dev.cadence.scorecard;

import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.FieldChange;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary of shared terms, governed like the metric definitions: RevOps and administrators
 * edit, everyone else but the board proposes, and every change is kept.
 */
@Service
@Transactional
public class GlossaryService {

    private static final List<AuditedField<GlossaryTerm>> FIELDS = List.of(
            AuditedField.of("Term", t -> t.spec().term()),
            AuditedField.of("Definition", t -> t.spec().definition()),
            AuditedField.of("Example", t -> t.spec().example()),
            AuditedField.of("Governance status", t -> t.getStatus() == null ? null : t.getStatus().label()));

    private final GlossaryTermRepository terms;
    private final GlossaryProposalRepository proposals;
    private final PersonService people;
    private final History history;

    GlossaryService(GlossaryTermRepository terms, GlossaryProposalRepository proposals, PersonService people,
                    History history) {
        this.terms = terms;
        this.proposals = proposals;
        this.people = people;
        this.history = history;
    }

    /** Every term, alphabetically. */
    @Transactional(readOnly = true)
    public List<TermView> all() {
        return terms.findAllByOrderByTermAsc().stream().map(TermView::of).toList();
    }

    @Transactional(readOnly = true)
    public TermView get(String key) {
        return TermView.of(load(key));
    }

    public TermView create(String key, TermSpec spec, GovernanceStatus status, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        String k = Governance.requireKey(key);
        if (terms.existsByKey(k)) {
            throw new RuleViolationException("key", "A term with the key " + k + " exists already.");
        }
        return TermView.of(terms.saveAndFlush(new GlossaryTerm(k, validate(spec), status == null ? GovernanceStatus.DRAFT : status)));
    }

    public TermView update(String key, TermSpec spec, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        GlossaryTerm term = load(key);
        if (term.getVersion() != expectedVersion) {
            throw Governance.staleEdit("term", history(key), term.getVersion(), expectedVersion);
        }
        term.apply(validate(spec));
        terms.flush();
        return TermView.of(term);
    }

    public TermView moveTo(String key, GovernanceStatus next, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        GlossaryTerm term = load(key);
        if (term.getVersion() != expectedVersion) {
            throw Governance.staleEdit("term", history(key), term.getVersion(), expectedVersion);
        }
        if (!term.getStatus().next().contains(next)) {
            throw new RuleViolationException("A " + term.getStatus().label().toLowerCase() + " term cannot become "
                    + next.label().toLowerCase() + ".");
        }
        term.moveTo(next);
        terms.flush();
        return TermView.of(term);
    }

    public ProposalView propose(String key, TermSpec spec, String rationale, CadenceUser actor) {
        ScorecardPermissions.requirePropose(actor);
        GlossaryTerm term = load(key);
        GlossaryProposal proposal = new GlossaryProposal(term, validate(spec), Governance.requireRationale(rationale),
                actor.personId());
        if (proposal.changesNothing()) {
            throw new RuleViolationException("Your proposal changes nothing in the term.");
        }
        proposals.saveAndFlush(proposal);
        return view(proposal, term, personNames());
    }

    public TermView approve(long proposalId, String comment, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        GlossaryProposal proposal = pending(proposalId);
        GlossaryTerm term = terms.findById(proposal.getTermId()).orElseThrow();
        term.apply(validate(proposal.appliedTo(term.spec())));
        proposal.decide(ProposalState.APPROVED, actor.personId(), Governance.blankToNull(comment));
        terms.flush();
        return TermView.of(term);
    }

    public void reject(long proposalId, String comment, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        String why = Governance.requireRejectionComment(comment);
        pending(proposalId).decide(ProposalState.REJECTED, actor.personId(), why);
        proposals.flush();
    }

    public void withdraw(long proposalId, CadenceUser actor) {
        GlossaryProposal proposal = pending(proposalId);
        if (!Objects.equals(proposal.getProposedBy(), actor.personId())) {
            throw new AccessDeniedException("Only the proposer withdraws a proposal.");
        }
        proposal.decide(ProposalState.WITHDRAWN, actor.personId(), null);
        proposals.flush();
    }

    @Transactional(readOnly = true)
    public List<ProposalView> proposals(String key) {
        GlossaryTerm term = load(key);
        Map<Long, String> names = personNames();
        return proposals.findByTermIdOrderByProposedAtDesc(term.getId()).stream().map(p -> view(p, term, names)).toList();
    }

    /** The terms with a proposal waiting, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> pendingProposals() {
        Map<Long, String> names = personNames();
        Map<Long, GlossaryTerm> byId = terms.findAll().stream().collect(Collectors.toMap(GlossaryTerm::getId, t -> t));
        return proposals.findByStateOrderByProposedAt(ProposalState.PENDING).stream()
                .map(p -> view(p, byId.get(p.getTermId()), names)).toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeSet> history(String key) {
        return history.of(GlossaryTerm.class, load(key).getId(), FIELDS);
    }

    private TermSpec validate(TermSpec s) {
        Governance.requireText(s.term(), "term", "Name the term, e.g. Qualified opportunity.", 80);
        Governance.requireText(s.definition(), "definition", "Say what the term means, so that everyone counts the same way.", 2000);
        if (s.example() != null && s.example().trim().length() > 1000) {
            throw new RuleViolationException("example", "Keep the example under 1,000 characters.");
        }
        return new TermSpec(s.term().trim(), s.definition().trim(), Governance.blankToNull(s.example()));
    }

    private GlossaryProposal pending(long proposalId) {
        GlossaryProposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("There is no proposal " + proposalId + "."));
        if (proposal.getState() != ProposalState.PENDING) {
            throw new RuleViolationException("This proposal was " + proposal.getState().name().toLowerCase()
                    + " already by " + personNames().get(proposal.getDecidedBy()) + ".");
        }
        return proposal;
    }

    private ProposalView view(GlossaryProposal p, GlossaryTerm term, Map<Long, String> names) {
        TermSpec current = term.spec();
        TermSpec proposed = p.appliedTo(current);
        List<FieldChange> changes = new ArrayList<>();
        addIfChanged(changes, "Term", current.term(), proposed.term());
        addIfChanged(changes, "Definition", current.definition(), proposed.definition());
        addIfChanged(changes, "Example", current.example(), proposed.example());
        return new ProposalView(p.getId(), term.getKey(), current.term(), names.get(p.getProposedBy()), p.getProposedBy(),
                p.getProposedAt(), p.getRationale(), p.getState().name(), changes,
                p.getState() == ProposalState.PENDING && term.getVersion() != p.getBaseVersion(),
                p.getDecidedBy() == null ? null : names.get(p.getDecidedBy()), p.getDecidedAt(), p.getDecisionComment(),
                p.getVersion());
    }

    private static void addIfChanged(List<FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    private GlossaryTerm load(String key) {
        return terms.findByKey(key).orElseThrow(() -> new NotFoundException("There is no glossary term " + key + "."));
    }

    private Map<Long, String> personNames() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }
}
