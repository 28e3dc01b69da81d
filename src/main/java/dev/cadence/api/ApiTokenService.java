package dev.cadence.api;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and checks API tokens. A token is 32 random bytes; only its SHA-256
 * hash is stored, so a leaked database does not leak working tokens. Only REVOPS and ADMIN manage
 * tokens; a token acts as the person who created it, with the roles that person has when it is used.
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "cad_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final PersonService people;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, PersonService people, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.clock = clock;
    }

    /** A token just created: its value is known only now. Shown after a redirect, so it waits in the session. */
    public record NewApiToken(ApiTokenView token, String value) implements Serializable {
    }

    public record ApiTokenView(long id, String name, String hint, ApiScope scope, String ownerName,
                               Instant createdAt, Instant lastUsedAt, Instant revokedAt, String revokedByName,
                               long version) implements Serializable {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Who a request's token acts as, and what it may do. */
    record TokenPrincipal(long tokenId, ApiScope scope, CadenceUser person) {
    }

    public static boolean mayManage(CadenceUser user) {
        return user.hasRole(Role.REVOPS) || user.hasRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> all(CadenceUser viewer) {
        requireManager(viewer);
        Map<Long, String> names = names();
        return tokens.findAllNewestFirst().stream().map(t -> view(t, names)).toList();
    }

    @Transactional
    public NewApiToken create(String name, ApiScope scope, CadenceUser by) {
        requireManager(by);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException("name", "Name the token after what will use it, e.g. \"BI nightly sync\".");
        }
        if (trimmed.length() > 80) {
            throw new RuleViolationException("name", "Keep the name under 80 characters.");
        }
        if (scope == null) {
            throw new RuleViolationException("scope", "Choose whether the token may only read or also write.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(trimmed, hash(value), hint(value), scope, by.personId(), clock.instant()));
        return new NewApiToken(view(token, names()), value);
    }

    /** The demo company's documented token: a fixed, publicly known value, so never in production. */
    @Transactional
    public void createDemoTokenIfAbsent(String value, String name, ApiScope scope, CadenceUser owner) {
        if (tokens.findByTokenHash(hash(value)).isEmpty()) {
            tokens.save(new ApiToken(name, hash(value), hint(value), scope, owner.personId(), clock.instant()));
        }
    }

    @Transactional
    public ApiTokenView revoke(long id, long expectedVersion, CadenceUser by) {
        requireManager(by);
        ApiToken token = tokens.lockById(id).orElseThrow(() -> new NotFoundException("No API token " + id + "."));
        if (token.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone changed the token \"" + token.getName() + "\" meanwhile"
                    + (token.isRevoked() ? ": it is already revoked." : "."));
        }
        if (!token.isRevoked()) {
            token.revoke(by.personId(), clock.instant());
            tokens.flush();
        }
        return view(token, names());
    }

    /**
     * The principal a bearer token stands for, or empty when the token is unknown, revoked, or
     * its owner can no longer sign in.
     */
    @Transactional
    Optional<TokenPrincipal> authenticate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(value.trim())).filter(t -> !t.isRevoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<CadenceUser> owner = people.activePrincipal(token.getOwnerId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        // Minute precision: at most one write a minute per token, however busy the client is.
        tokens.markUsed(token.getId(), clock.instant().truncatedTo(ChronoUnit.MINUTES));
        return Optional.of(new TokenPrincipal(token.getId(), token.getScope(), owner.get()));
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hint(String value) {
        return "…" + value.substring(value.length() - 4);
    }

    private static void requireManager(CadenceUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("Only RevOps and administrators manage API tokens.");
        }
    }

    private Map<Long, String> names() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a));
    }

    private static ApiTokenView view(ApiToken t, Map<Long, String> names) {
        Function<Long, String> name = id -> id == null ? null : names.getOrDefault(id, "Unknown");
        return new ApiTokenView(t.getId(), t.getName(), t.getHint(), t.getScope(), name.apply(t.getOwnerId()),
                t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt(), name.apply(t.getRevokedBy()), t.getVersion());
    }
}
