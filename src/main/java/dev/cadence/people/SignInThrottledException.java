package dev.cadence.people;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password: too many failed sign-ins just before it. */
class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait);
        this.wait = wait;
    }

    /** Whole minutes to wait, rounded up: what the sign-in page says. */
    long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
