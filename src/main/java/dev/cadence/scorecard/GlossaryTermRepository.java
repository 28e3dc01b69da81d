package dev.cadence.scorecard;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    Optional<GlossaryTerm> findByKey(String key);

    /** The term, row-locked until the transaction ends: changes to one term happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from GlossaryTerm t where t.key = ?1")
    Optional<GlossaryTerm> lockByKey(String key);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from GlossaryTerm t where t.id = ?1")
    Optional<GlossaryTerm> lockById(long id);

    boolean existsByKey(String key);

    List<GlossaryTerm> findAllByOrderByTermAsc();
}
