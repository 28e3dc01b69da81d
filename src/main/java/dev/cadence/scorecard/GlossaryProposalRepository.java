package dev.cadence.scorecard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryProposalRepository extends JpaRepository<GlossaryProposal, Long> {

    List<GlossaryProposal> findByTermIdOrderByProposedAtDesc(Long termId);

    List<GlossaryProposal> findByStateOrderByProposedAt(ProposalState state);
}
