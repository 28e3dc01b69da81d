package dev.cadence.charter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the charter: the whole document as it read once approved, who wrote the change and why, and who
 * approved it. Never changed once stored: a later change is a later version.
 */
@Entity
@Table(name = "charter_version")
class CharterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "charter_id", nullable = false, updatable = false)
    private long charterId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "approved_by_id", nullable = false, updatable = false)
    private long approvedById;

    @Column(name = "approved_by_name", nullable = false, updatable = false)
    private String approvedByName;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    /** The decision in the log that approved it (a proposal the CEO approved), set once it is recorded. */
    @Column(name = "decision_id")
    private Long decisionId;

    @ElementCollection
    @CollectionTable(name = "charter_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<SectionText> sections = new ArrayList<>();

    protected CharterVersion() {
    }

    CharterVersion(long charterId, int number, List<CharterSection> sections, String summary, long authorId, String authorName,
                   long approvedById, String approvedByName, Instant approvedAt, Long proposalId) {
        this.charterId = charterId;
        this.number = number;
        this.summary = summary;
        this.authorId = authorId;
        this.authorName = authorName;
        this.approvedById = approvedById;
        this.approvedByName = approvedByName;
        this.approvedAt = approvedAt;
        this.proposalId = proposalId;
        sections.forEach(s -> this.sections.add(new SectionText(s)));
    }

    List<CharterSection> sections() {
        return sections.stream().map(SectionText::section).toList();
    }

    VersionSummary summary() {
        return new VersionSummary(number, summary, authorName, approvedByName, approvedAt, proposalId, decisionId);
    }

    void recordedAs(long decision) {
        this.decisionId = decision;
    }

    int getNumber() {
        return number;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }
}
