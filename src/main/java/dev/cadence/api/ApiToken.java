package dev.cadence.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    /** The token's last characters, so that people can tell their tokens apart. */
    private String hint;

    @Enumerated(EnumType.STRING)
    private ApiScope scope;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String hint, ApiScope scope, long ownerId, Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.scope = scope;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    void revoke(long byPersonId, Instant at) {
        this.revokedAt = at;
        this.revokedBy = byPersonId;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getHint() {
        return hint;
    }

    ApiScope getScope() {
        return scope;
    }

    long getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Long getRevokedBy() {
        return revokedBy;
    }

    long getVersion() {
        return version;
    }
}
