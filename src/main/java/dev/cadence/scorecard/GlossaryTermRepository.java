package dev.cadence.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    Optional<GlossaryTerm> findByKey(String key);

    boolean existsByKey(String key);

    List<GlossaryTerm> findAllByOrderByTermAsc();
}
