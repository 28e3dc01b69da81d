package dev.cadence.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A proposed wording of a glossary term, holding only what it changes, waiting for RevOps. */
@Entity
@Table(name = "glossary_proposal")
class GlossaryProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long termId;

    @Column(name = "base_version", nullable = false, updatable = false)
    private long baseVersion;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt = Instant.now();

    @Column(nullable = false)
    private String rationale;

    private String term;
    private String definition;
    private String example;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Version
    private long version;

    protected GlossaryProposal() {
    }

    GlossaryProposal(GlossaryTerm current, TermSpec proposed, String rationale, Long proposedBy) {
        TermSpec now = current.spec();
        this.termId = current.getId();
        this.baseVersion = current.getVersion();
        this.proposedBy = proposedBy;
        this.rationale = rationale;
        this.term = Objects.equals(now.term(), proposed.term()) ? null : proposed.term();
        this.definition = Objects.equals(now.definition(), proposed.definition()) ? null : proposed.definition();
        this.example = Objects.equals(now.example(), proposed.example()) ? null : proposed.example();
    }

    boolean changesNothing() {
        return term == null && definition == null && example == null;
    }

    TermSpec appliedTo(TermSpec current) {
        return new TermSpec(term != null ? term : current.term(), definition != null ? definition : current.definition(),
                example != null ? example : current.example());
    }

    void decide(ProposalState outcome, Long by, String comment) {
        state = outcome;
        decidedBy = by;
        decidedAt = Instant.now();
        decisionComment = comment;
    }

    Long getId() {
        return id;
    }

    Long getTermId() {
        return termId;
    }

    long getBaseVersion() {
        return baseVersion;
    }

    Long getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getRationale() {
        return rationale;
    }

    ProposalState getState() {
        return state;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    long getVersion() {
        return version;
    }
}
