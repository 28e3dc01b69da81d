package dev.cadence.people;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may reach what. Pages need a signed-in person; {@code /admin/**} needs ADMIN; a write (any
 * method but GET, HEAD, OPTIONS, TRACE) needs a role besides Board ({@link WriteAccess}); everything
 * else a feature restricts further it checks in its controller or service, so that a forbidden
 * action answers 403 whatever the page showed.
 */
@Configuration
class SecurityConfiguration {

    /**
     * Only the app's own origin: every script and stylesheet comes from {@code static/} or a
     * webjar, and no page has an inline script or style attribute.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        // The board only reads: every write is refused before any controller runs, except
                        // choosing one's own password and signing out.
                        .requestMatchers(HttpMethod.POST, "/account/password", "/account/time-zone", "/logout").authenticated()
                        .requestMatchers(WriteAccess.WRITES).access(WriteAccess.mayWrite())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailureHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                // An htmx request whose session ended refreshes the page (to the sign-in page)
                // instead of swapping the sign-in page into a fragment.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
                                new RequestHeaderRequestMatcher("HX-Request"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(new PageRedirect()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * No observation of each security filter, authentication and authorization: nothing reads them (the actuator exposes
     * health only), and wrapping each of the chain's fifteen filters in an observation cost every request a few percent.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt for new hashes; the {id} prefix lets a later algorithm upgrade hashes as people sign in.
        // Never a match past BCrypt's 72 bytes, which it would otherwise ignore.
        return new MaxLengthPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * Sessions live in PostgreSQL (Spring Session JDBC), so the registry is the session table: a
     * session ended here (a deactivated person's) is ended on every node, and each request checks it,
     * in the session it already read ({@link SessionsOfRequest}).
     */
    @Bean
    SessionRegistry sessionRegistry(SessionFilterOfRequest sessionsOfRequest) {
        return new SpringSessionBackedSessionRegistry<>(sessionsOfRequest.sessions());
    }
}
