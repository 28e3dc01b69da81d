package dev.cadence.decisions;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DecisionAreaRepository extends JpaRepository<DecisionArea, Long> {

    @Query("select a from DecisionArea a order by a.displayOrder, a.name")
    List<DecisionArea> findAllOrdered();

    boolean existsByNameIgnoreCase(String name);

    /** An area's summary, found by name, with its decider's name: one statement, whatever the number of areas and people. */
    interface SummaryRow {
        long getId();

        String getName();

        String getStatus();

        String getDeciderName();

        Long getDeciderId();
    }

    @Query(value = """
            select a.id as id, a.name as name, a.status as status, p.name as deciderName, r.person_id as deciderId
            from decision_area a
            left join decision_right r on r.area_id = a.id and r.role = 'DECIDE'
            left join person p on p.id = r.person_id
            where lower(a.name) = lower(?1)
            """, nativeQuery = true)
    Optional<SummaryRow> findSummaryByName(String name);

    @Query("select count(a) > 0 from DecisionArea a where lower(a.name) = lower(?1) and a.id <> ?2")
    boolean nameTakenByAnother(String name, long id);

    /** Serializes edits of one area, so that two cell edits cannot both pass the one-Decide check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from DecisionArea a where a.id = ?1")
    Optional<DecisionArea> lockById(long id);
}
