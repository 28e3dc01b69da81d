package dev.cadence.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MetricDefinitionRepository extends JpaRepository<MetricDefinition, Long> {

    Optional<MetricDefinition> findByKey(String key);

    boolean existsByKey(String key);

    List<MetricDefinition> findByStatusOrderByDisplayOrderAscNameAsc(GovernanceStatus status);

    @Query("select m from MetricDefinition m order by case m.status when 'APPROVED' then 0 when 'PROPOSED' then 1 "
            + "when 'DRAFT' then 2 else 3 end, m.displayOrder, m.name")
    List<MetricDefinition> findAllForGovernance();
}
