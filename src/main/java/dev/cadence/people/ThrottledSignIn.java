package dev.cadence.people;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a name and password (the application's only {@code AuthenticationProvider},
 * so every username-and-password sign-in goes through it): first the {@link SignInThrottle} — an account
 * or address that must wait is refused before the password is looked at — then Spring Security's
 * {@link DaoAuthenticationProvider} over {@link PersonUserDetailsService} (BCrypt, the same work for an
 * unknown name as for a known one), then the outcome is counted.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInThrottle throttle, PersonRepository people, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(new PersonUserDetailsService(people));
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<Duration> wait = throttle.waitFor(name, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name);
            return signedIn;
        } catch (BadCredentialsException | UsernameNotFoundException | AccountStatusException failed) {
            throttle.failed(name, address);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
