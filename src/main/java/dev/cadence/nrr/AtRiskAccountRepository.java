package dev.cadence.nrr;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AtRiskAccountRepository extends JpaRepository<AtRiskAccount, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AtRiskAccount a where a.id = ?1")
    Optional<AtRiskAccount> lockById(long id);

    @Query("select count(a) > 0 from AtRiskAccount a where lower(a.account) = lower(?1) and (?2 is null or a.id <> ?2)")
    boolean nameTaken(String account, Long exceptId);

    @Query("select a from AtRiskAccount a where lower(a.account) = lower(?1)")
    Optional<AtRiskAccount> findByName(String account);
}
