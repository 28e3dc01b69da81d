package dev.cadence.decisions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRightRepository extends JpaRepository<DecisionRight, Long> {

    List<DecisionRight> findByAreaId(long areaId);

    @Query("select r from DecisionRight r where r.role is not null")
    List<DecisionRight> findAllAssigned();

    @Query("select r from DecisionRight r where r.role = dev.cadence.decisions.RightRole.DECIDE and r.areaId in ?1")
    List<DecisionRight> findDecidersOf(Collection<Long> areaIds);

    @Query("select count(r) > 0 from DecisionRight r where r.areaId = ?1 and r.personId = ?2 "
            + "and r.role = dev.cadence.decisions.RightRole.DECIDE")
    boolean holdsDecide(long areaId, long personId);
}
