package dev.cadence.drivers;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DriverTreeRepository extends JpaRepository<DriverTree, Long> {

    @Query("select t from DriverTree t order by t.targetDate, t.name")
    List<DriverTree> findAllInOrder();

    /** Locks the tree: a change of its structure (nodes added, formulas changed) waits for the one before. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from DriverTree t where t.id = ?1")
    Optional<DriverTree> lockById(long id);

    Optional<DriverTree> findByName(String name);
}
