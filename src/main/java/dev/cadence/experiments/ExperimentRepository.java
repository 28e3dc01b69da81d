package dev.cadence.experiments;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExperimentRepository extends JpaRepository<Experiment, Long> {

    /** Locked before it is read: two changes of one experiment happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Experiment e where e.id = ?1")
    Optional<Experiment> lockById(long id);

    @Query("select e from Experiment e order by e.id")
    List<Experiment> findAllInOrder();

    /**
     * Those that had started by a day and were not decided or stopped by it: what a meeting shows as of that day. The day
     * each stopped being open (decided, or stopped) is indexed (V34), so that years of decided experiments are not read.
     */
    @Query(value = "select e.* from experiment e where " + OPEN_UNTIL + " > ?1 and e.started_on <= ?1 "
            + "order by e.planned_end, e.id", nativeQuery = true)
    List<Experiment> findActiveOn(java.time.LocalDate day);

    /** The day an experiment stopped being open: decided, or stopped; far ahead while open. As indexed by V34. */
    String OPEN_UNTIL = "coalesce(least(e.decided_on, case when e.status = 'STOPPED' then e.ended_on end), date '9999-12-31')";
}
