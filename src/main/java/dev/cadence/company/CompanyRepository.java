package dev.cadence.company;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, Short> {

    /** The company, locked until the transaction ends: two changes to it happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Company c where c.id = ?1")
    Optional<Company> lockById(short id);
}
