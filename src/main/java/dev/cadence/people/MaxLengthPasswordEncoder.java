package dev.cadence.people;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt compares only the first 72 bytes of a password, so without this a stored password of 72 bytes
 * would also match itself with anything appended. No password longer than 72 bytes can be set
 * ({@link PasswordPolicy}), so one typed at sign-in never matches; nor is it hashed.
 */
final class MaxLengthPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    MaxLengthPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (tooLong(rawPassword)) {
            throw new IllegalArgumentException("A password is at most " + PasswordPolicy.MAX_BYTES + " bytes long.");
        }
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return !tooLong(rawPassword) && delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static boolean tooLong(CharSequence rawPassword) {
        return rawPassword != null
                && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
    }
}
