package dev.cadence.scorecard;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MetricDefinitionRepository extends JpaRepository<MetricDefinition, Long> {

    Optional<MetricDefinition> findByKey(String key);

    /**
     * The definition, row-locked until the transaction ends: every change to it or under it (its values, its
     * targets, an approved proposal) takes this lock first, so that they happen one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MetricDefinition m where m.key = ?1")
    Optional<MetricDefinition> lockByKey(String key);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MetricDefinition m where m.id = ?1")
    Optional<MetricDefinition> lockById(long id);

    /** Several definitions locked, always in the same order (so that two imports never wait for each other in a circle). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MetricDefinition m where m.key in ?1 order by m.id")
    List<MetricDefinition> lockByKeys(Collection<String> keys);

    boolean existsByKey(String key);

    List<MetricDefinition> findByStatusOrderByDisplayOrderAscNameAsc(GovernanceStatus status);

    /** The definitions not retired, in the scorecard's order: where a definition may be placed. */
    @Query("select m from MetricDefinition m where m.status <> 'RETIRED' order by m.displayOrder, m.name")
    List<MetricDefinition> findPlaceable();

    @Query("select m from MetricDefinition m order by case m.status when 'APPROVED' then 0 when 'PROPOSED' then 1 "
            + "when 'DRAFT' then 2 else 3 end, m.displayOrder, m.name")
    List<MetricDefinition> findAllForGovernance();
}
