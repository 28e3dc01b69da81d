package dev.cadence.api;

import dev.cadence.api.ApiTokenService.TokenPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. A request
 * without the header goes on unauthenticated (a signed-in browser session may still read); a
 * request with a bad token is refused at once with 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String SCOPE_READ = "SCOPE_read";
    static final String SCOPE_WRITE = "SCOPE_write";
    private static final String BEARER = "bearer ";

    private final ApiTokenService tokens;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenPrincipal> principal = tokens.authenticate(header.substring(BEARER.length()));
        if (principal.isEmpty()) {
            problems.invalidToken(request, response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(principal.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** A request authenticated by a token: its owner's roles plus the token's scope. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final TokenPrincipal token;

        TokenAuthentication(TokenPrincipal token) {
            super(authorities(token));
            this.token = token;
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(TokenPrincipal token) {
            List<GrantedAuthority> authorities = new ArrayList<>(token.person().getAuthorities());
            authorities.add(new SimpleGrantedAuthority(SCOPE_READ));
            if (token.scope() == ApiScope.READ_WRITE) {
                authorities.add(new SimpleGrantedAuthority(SCOPE_WRITE));
            }
            return authorities;
        }

        ApiScope scope() {
            return token.scope();
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return token.person();
        }
    }
}
