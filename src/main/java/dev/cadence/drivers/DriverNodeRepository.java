package dev.cadence.drivers;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DriverNodeRepository extends JpaRepository<DriverNode, Long> {

    /** A tree's nodes in its order: one query, whatever their number. */
    @Query("select n from DriverNode n where n.treeId = ?1 order by n.position, n.id")
    List<DriverNode> findByTree(long treeId);

    /** The nodes of several trees, for the list of trees: one query. */
    @Query("select n from DriverNode n where n.treeId in ?1 order by n.treeId, n.position, n.id")
    List<DriverNode> findByTrees(Collection<Long> treeIds);

    @Query("select n from DriverNode n where n.metricKey is not null and n.kind = dev.cadence.drivers.NodeKind.LEVER")
    List<DriverNode> findLinkedLevers();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from DriverNode n where n.treeId = ?1 and n.key = ?2")
    Optional<DriverNode> lockByTreeAndKey(long treeId, String key);
}
