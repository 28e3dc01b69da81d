package dev.cadence.charter;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CharterRepository extends JpaRepository<Charter, Long> {

    /** The charter, locked until the transaction ends: changes to it happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Charter c where c.id = ?1")
    Optional<Charter> lockById(long id);
}
