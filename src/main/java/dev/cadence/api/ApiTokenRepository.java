package dev.cadence.api;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** The token, locked until the transaction ends: two revocations happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ApiToken t where t.id = ?1")
    Optional<ApiToken> lockById(long id);

    @Query("select t from ApiToken t order by t.revokedAt desc nulls first, t.createdAt desc")
    List<ApiToken> findAllNewestFirst();

    /** Marks a token used without loading it or bumping its version (it is not an edit). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
    void markUsed(long id, Instant at);
}
