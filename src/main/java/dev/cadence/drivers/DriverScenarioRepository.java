package dev.cadence.drivers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DriverScenarioRepository extends JpaRepository<DriverScenario, Long> {

    /** A tree's scenarios with their values: one query. */
    @Query("select distinct s from DriverScenario s left join fetch s.values where s.treeId = ?1 order by s.createdAt, s.id")
    List<DriverScenario> findByTree(long treeId);

    @Query("select count(s) > 0 from DriverScenario s where s.treeId = ?1 and lower(s.name) = lower(?2)")
    boolean existsByName(long treeId, String name);
}
