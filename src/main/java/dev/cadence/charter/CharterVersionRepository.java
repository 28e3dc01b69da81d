package dev.cadence.charter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CharterVersionRepository extends JpaRepository<CharterVersion, Long> {

    /** The latest version with its sections; one query. */
    @Query("select v from CharterVersion v left join fetch v.sections where v.charterId = ?1 "
            + "and v.number = (select max(w.number) from CharterVersion w where w.charterId = ?1)")
    Optional<CharterVersion> findLatest(long charterId);

    /** Versions by number with their sections; one query. */
    @Query("select v from CharterVersion v left join fetch v.sections where v.charterId = ?1 and v.number in ?2")
    List<CharterVersion> findNumbered(long charterId, Collection<Integer> numbers);

    /** Every version, newest first, without its sections (they are not read); one query. */
    @Query("select v from CharterVersion v where v.charterId = ?1 order by v.number desc")
    List<CharterVersion> findHistory(long charterId);

    /** The version everyone read at {@code at} (the latest approved by then), with its sections; one query. */
    @Query("select v from CharterVersion v left join fetch v.sections where v.charterId = ?1 and v.number = "
            + "(select max(w.number) from CharterVersion w where w.charterId = ?1 and w.approvedAt <= ?2)")
    Optional<CharterVersion> findCurrentAt(long charterId, Instant at);

    /** The versions approved after {@code after} and by {@code upTo}, newest first, without sections; one query. */
    @Query("select v from CharterVersion v where v.charterId = ?1 and v.approvedAt > ?2 and v.approvedAt <= ?3 "
            + "order by v.number desc")
    List<CharterVersion> findApprovedBetween(long charterId, Instant after, Instant upTo);
}
