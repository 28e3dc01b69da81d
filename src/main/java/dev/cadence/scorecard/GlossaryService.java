package dev.cadence.scorecard;

import dev.cadence.governance.Approval;
import dev.cadence.governance.ChangeReader;
import dev.cadence.governance.Proposals;
import dev.cadence.governance.Subject;
import dev.cadence.governance.SubjectKind;
import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary of shared terms, governed like the metric definitions: RevOps and administrators
 * edit, everyone else but the board proposes, and every change is kept.
 */
@Service
@Transactional
public class GlossaryService implements GovernedDefinitions<TermView, TermSpec> {

    /** Proposed changes to terms are filed under this kind (see {@link Proposals}). */
    static final SubjectKind TERM = new SubjectKind("glossary-term", "term");

    /** The wording's fields, in order, with how history and proposals label them. */
    private static final Map<String, String> LABELS = labels();

    private static final List<AuditedField<GlossaryTerm>> FIELDS = List.of(
            AuditedField.of(LABELS.get("term"), t -> t.spec().term()),
            AuditedField.of(LABELS.get("definition"), t -> t.spec().definition()),
            AuditedField.of(LABELS.get("example"), t -> t.spec().example()),
            AuditedField.of("Governance status", t -> t.getStatus() == null ? null : t.getStatus().label()));

    private final GlossaryTermRepository terms;
    private final Proposals governed;
    private final PersonService people;
    private final History history;

    GlossaryService(GlossaryTermRepository terms, Proposals governed, PersonService people, History history) {
        this.terms = terms;
        this.governed = governed;
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
        GlossaryTerm term = load(key);
        TermSpec proposed = validate(spec);
        return ProposalView.of(governed.propose(subject(term), values(proposed), rationale, actor));
    }

    public TermView approve(long proposalId, String comment, CadenceUser actor) {
        Approval approval = governed.approve(TERM, proposalId, comment, actor);
        GlossaryTerm term = terms.findById(approval.subjectId()).orElseThrow();
        term.apply(validate(spec(approval.appliedTo(values(term.spec())))));
        terms.flush();
        return TermView.of(term);
    }

    public void reject(long proposalId, String comment, CadenceUser actor) {
        governed.reject(TERM, proposalId, comment, actor);
    }

    public void withdraw(long proposalId, CadenceUser actor) {
        governed.withdraw(TERM, proposalId, actor);
    }

    @Transactional(readOnly = true)
    public List<ProposalView> proposals(String key) {
        return governed.on(subject(load(key)), personNames()).stream().map(ProposalView::of).toList();
    }

    /** The terms with a proposal waiting, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> pendingProposals() {
        return governed.pending(TERM, ids -> terms.findAllById(ids).stream()
                        .collect(Collectors.toMap(GlossaryTerm::getId, GlossaryService::subject)), personNames())
                .stream().map(ProposalView::of).toList();
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

    /** A term as the governance sees it: its wording as text, by field. */
    private static Subject subject(GlossaryTerm term) {
        return new Subject(TERM, term.getId(), term.getKey(), term.spec().term(), term.getVersion(), values(term.spec()),
                ChangeReader.labelled(LABELS));
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("term", "Term");
        labels.put("definition", "Definition");
        labels.put("example", "Example");
        return labels;
    }

    private static Map<String, String> values(TermSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("term", spec.term());
        values.put("definition", spec.definition());
        values.put("example", spec.example());
        return values;
    }

    private static TermSpec spec(Map<String, String> values) {
        return new TermSpec(values.get("term"), values.get("definition"), values.get("example"));
    }

    private GlossaryTerm load(String key) {
        return terms.findByKey(key).orElseThrow(() -> new NotFoundException("There is no glossary term " + key + "."));
    }

    private Map<Long, String> personNames() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }
}
