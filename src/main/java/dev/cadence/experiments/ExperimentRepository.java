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

    /** Those that had started by a day and were not decided or stopped before it: what a meeting shows as of that day. */
    @Query("select e from Experiment e where e.startedOn is not null and e.startedOn <= ?1 "
            + "and (e.decidedOn is null or e.decidedOn > ?1) "
            + "and not (e.status = dev.cadence.experiments.ExperimentStatus.STOPPED and e.endedOn <= ?1) order by e.plannedEnd, e.id")
    List<Experiment> findActiveOn(java.time.LocalDate day);
}
