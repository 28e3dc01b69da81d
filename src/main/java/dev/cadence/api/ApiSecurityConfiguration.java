package dev.cadence.api;

import dev.cadence.people.WriteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain, ahead of the pages' one. Reads need a bearer token or a signed-in
 * browser session; every change needs a bearer token with read-write scope. Browsers never send
 * bearer tokens on their own, so the API needs no CSRF token, and a session alone cannot write; nor
 * can a token of a board member (see {@link WriteAccess}).
 * What the token's owner may do is then checked by the features' services, as for pages.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, JsonMapper json, SessionRegistry sessions)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        // A write needs a read-write token, of someone who is not only a board member.
                        .anyRequest().access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAuthority(BearerTokenFilter.SCOPE_WRITE),
                                WriteAccess.mayWrite())))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                // A browser session that was ended (its person deactivated, on any node) reads no more either. Not
                // through sessionManagement().maximumSessions(): that would keep a token's authentication in a session.
                .addFilterAfter(new ConcurrentSessionFilter(sessions, ended -> problems.unauthenticated().commence(
                        ended.getRequest(), ended.getResponse(), new InsufficientAuthenticationException("Session ended."))),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, problems), SecurityContextHolderFilter.class);
        return http.build();
    }
}
