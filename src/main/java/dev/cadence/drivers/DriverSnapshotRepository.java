package dev.cadence.drivers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DriverSnapshotRepository extends JpaRepository<DriverSnapshot, Long> {

    /** A tree's snapshots, newest quarter first, with their lines: one query. */
    @Query("select distinct s from DriverSnapshot s left join fetch s.lines where s.treeId = ?1 order by s.quarterKey desc")
    List<DriverSnapshot> findByTree(long treeId);

    @Query("select s from DriverSnapshot s where s.treeId = ?1 and s.quarterKey = ?2")
    Optional<DriverSnapshot> findByQuarter(long treeId, String quarterKey);
}
