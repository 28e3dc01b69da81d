package dev.cadence.people;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one rule that keeps the board read-only: a request that changes something (any method but GET,
 * HEAD, OPTIONS and TRACE) needs someone who holds a role besides Board. Both security filter chains
 * (pages and {@code /api}) apply it before any controller runs, whatever the person owns or takes part
 * in; the features' permission classes refuse a read-only person again for their own rules.
 */
public final class WriteAccess {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Requests that may change something. */
    public static final RequestMatcher WRITES = request -> !SAFE_METHODS.contains(request.getMethod());

    private WriteAccess() {
    }

    /** Grants a signed-in (or token-authenticated) person who holds a role besides Board. */
    public static <T> AuthorizationManager<T> mayWrite() {
        return (authentication, object) -> new AuthorizationDecision(mayWrite(authentication.get()));
    }

    static boolean mayWrite(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a != null && a.startsWith("ROLE_") && !a.equals(Role.BOARD.authority()));
    }
}
