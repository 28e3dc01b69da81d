package dev.cadence.decisions;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionReopeningRepository extends JpaRepository<DecisionReopening, Long> {

    List<DecisionReopening> findByDecisionIdOrderByReopenedAtDesc(long decisionId);

    @Query("select count(r) from DecisionReopening r where r.reopenedAt >= ?1 and r.reopenedAt < ?2")
    long countBetween(Instant from, Instant to);
}
