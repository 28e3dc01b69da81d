package dev.cadence.experiments;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GuardrailRepository extends JpaRepository<Guardrail, Long> {

    @Query("select g from Guardrail g where g.experimentId = ?1 order by g.position")
    List<Guardrail> findByExperiment(long experimentId);

    /** The guardrails of several experiments, for a list: one query. */
    @Query("select g from Guardrail g where g.experimentId in ?1 order by g.experimentId, g.position")
    List<Guardrail> findByExperiments(Collection<Long> experimentIds);
}
