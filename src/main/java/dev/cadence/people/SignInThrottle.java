package dev.cadence.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes repeated failed sign-ins wait, per account and per client address. After
 * {@link #ACCOUNT_FAILURES} failures for one name (as typed, so an unknown name behaves exactly like a
 * known one), or {@link #ADDRESS_FAILURES} from one address, each within {@link #FORGET_AFTER} of the
 * last (or of the end of a back-off), the next attempt waits {@link #FIRST_DELAY}, and every further
 * failure doubles the wait, up to {@link #MAX_DELAY}. An attempt that must wait is refused without
 * looking at the password, and is not counted. A successful sign-in forgets the account's failures
 * (never the address's, which someone could otherwise reset with an account of their own); a counter
 * is forgotten, and its row deleted, {@link #FORGET_AFTER} after its last failure or back-off.
 * Counted in PostgreSQL (table {@code sign_in_failure}), so that every node sees the same failures.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 30;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    enum Scope {
        ACCOUNT(ACCOUNT_FAILURES), ADDRESS(ADDRESS_FAILURES);

        private final int freeFailures;

        Scope(int freeFailures) {
            this.freeFailures = freeFailures;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleaned = new AtomicReference<>();

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the account or the address must still wait, if either must. */
    Optional<Duration> waitFor(String typedName, String address) {
        Instant now = clock.instant();
        List<Timestamp> blocked = jdbc.queryForList("""
                        select blocked_until from sign_in_failure
                        where ((scope = 'ACCOUNT' and subject = ?) or (scope = 'ADDRESS' and subject = ?))
                          and blocked_until > ?""",
                Timestamp.class, account(typedName), address(address), Timestamp.from(now));
        return blocked.stream().map(Timestamp::toInstant).max(Instant::compareTo).map(until -> Duration.between(now, until));
    }

    /** Counts a failed sign-in for the name as typed and for the address; logs a back-off it starts or lengthens. */
    @Transactional
    void failed(String typedName, String address) {
        Instant now = clock.instant();
        Duration accountWait = count(Scope.ACCOUNT, account(typedName), now);
        Duration addressWait = count(Scope.ADDRESS, address(address), now);
        if (accountWait != null) {
            log.warn("Too many failed sign-ins for \"{}\" (last from {}): its next sign-in waits {} min.",
                    printable(typedName), printable(address), accountWait.toMinutes());
        }
        if (addressWait != null) {
            log.warn("Too many failed sign-ins from {} (last as \"{}\"): its next sign-in waits {} min.",
                    printable(address), printable(typedName), addressWait.toMinutes());
        }
        cleanUp(now);
    }

    /** The account's failures are forgotten once someone signs in to it. */
    void succeeded(String typedName) {
        jdbc.update("delete from sign_in_failure where scope = 'ACCOUNT' and subject = ?", account(typedName));
    }

    /** Counts one failure; returns the wait it imposes, or null when it imposes none. */
    private Duration count(Scope scope, String subject, Instant now) {
        Integer failures = jdbc.queryForObject("""
                        insert into sign_in_failure as f (scope, subject, failures, last_failure_at, forget_after)
                        values (?, ?, 1, ?, ?)
                        on conflict (scope, subject) do update set
                            failures = case when f.forget_after <= excluded.last_failure_at then 1 else f.failures + 1 end,
                            blocked_until = case when f.forget_after <= excluded.last_failure_at then null else f.blocked_until end,
                            last_failure_at = excluded.last_failure_at,
                            forget_after = greatest(f.forget_after, excluded.forget_after)
                        returning failures""",
                Integer.class, scope.name(), subject, Timestamp.from(now), Timestamp.from(now.plus(FORGET_AFTER)));
        if (failures == null || failures < scope.freeFailures) {
            return null;
        }
        Duration wait = delayAfter(failures - scope.freeFailures);
        Instant until = now.plus(wait);
        jdbc.update("""
                        update sign_in_failure
                        set blocked_until = greatest(blocked_until, ?), forget_after = greatest(forget_after, ?)
                        where scope = ? and subject = ?""",
                Timestamp.from(until), Timestamp.from(until.plus(FORGET_AFTER)), scope.name(), subject);
        return wait;
    }

    /** 1, 2, 4, 8 minutes…, at most {@link #MAX_DELAY}: the wait after the n-th failure past the free ones (n from 0). */
    static Duration delayAfter(int failuresPastFree) {
        Duration wait = FIRST_DELAY.multipliedBy(1L << Math.min(failuresPastFree, 20));
        return wait.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : wait;
    }

    /** Deletes forgotten counters, at most once a minute per node, so that the table stays small. */
    private void cleanUp(Instant now) {
        Instant last = lastCleaned.get();
        if (last != null && !now.isBefore(last) && now.isBefore(last.plus(CLEAN_EVERY))) {
            return;
        }
        if (lastCleaned.compareAndSet(last, now)) {
            jdbc.update("delete from sign_in_failure where forget_after < ?", Timestamp.from(now));
        }
    }

    /** The name as typed, as the sign-in lookup reads it (trimmed, any case), kept only as a hash. */
    static String account(String typedName) {
        String name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > 64 ? account(a) : a;
    }

    /** For the log: no line breaks or other control characters from what someone typed, and not too long. */
    private static String printable(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
