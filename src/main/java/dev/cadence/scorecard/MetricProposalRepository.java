package dev.cadence.scorecard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MetricProposalRepository extends JpaRepository<MetricProposal, Long> {

    List<MetricProposal> findByMetricIdOrderByProposedAtDesc(Long metricId);

    List<MetricProposal> findByStateOrderByProposedAt(ProposalState state);

    long countByState(ProposalState state);
}
