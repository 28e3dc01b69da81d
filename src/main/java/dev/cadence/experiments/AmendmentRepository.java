package dev.cadence.experiments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AmendmentRepository extends JpaRepository<Amendment, Long> {

    @Query("select a from Amendment a where a.experimentId = ?1 order by a.amendedAt desc, a.id desc")
    List<Amendment> findByExperiment(long experimentId);
}
