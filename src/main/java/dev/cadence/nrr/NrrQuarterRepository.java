package dev.cadence.nrr;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NrrQuarterRepository extends JpaRepository<NrrQuarter, Long> {

    /** Serializes changes of one quarter's baseline and actuals. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from NrrQuarter q where q.quarterKey = ?1")
    Optional<NrrQuarter> lockByKey(String quarterKey);
}
