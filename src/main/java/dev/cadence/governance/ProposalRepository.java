package dev.cadence.governance;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = ?1")
    Optional<Proposal> lockById(long id);

    /** The proposals on one subject with their changes, newest first; one query. */
    @Query("select p from Proposal p left join fetch p.changes where p.subjectType = ?1 and p.subjectId = ?2 "
            + "order by p.proposedAt desc, p.id desc")
    List<Proposal> findOnSubject(String subjectType, long subjectId);

    /** The proposals of a kind in one state with their changes, oldest first; one query. */
    @Query("select p from Proposal p left join fetch p.changes where p.subjectType = ?1 and p.state = ?2 "
            + "order by p.proposedAt, p.id")
    List<Proposal> findInState(String subjectType, ProposalState state);

    /**
     * The proposals of a kind that were waiting at {@code at}: made by then, and not decided by then (pending still,
     * or decided later), with their changes, oldest first; one query.
     */
    @Query("select p from Proposal p left join fetch p.changes where p.subjectType = ?1 and p.proposedAt <= ?2 "
            + "and (p.decidedAt is null or p.decidedAt > ?2) order by p.proposedAt, p.id")
    List<Proposal> findWaitingAt(String subjectType, java.time.Instant at);

    long countBySubjectTypeAndState(String subjectType, ProposalState state);
}
