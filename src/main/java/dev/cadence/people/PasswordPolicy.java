package dev.cadence.people;

import dev.cadence.web.RuleViolationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a password someone chooses must be, after NIST SP 800-63B: long enough (8 characters), not too
 * long for BCrypt (64 characters and 72 bytes), not one of the 10,000 most common passwords
 * ({@code security/common-passwords.txt}), not one repeated character, and not the person's username,
 * e-mail address or name, nor the name of the application (with digits or symbols added at the end).
 * No rules of composition (a digit, a capital…): a long phrase is better than a short puzzle.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 8;
    static final int MAX_CHARACTERS = 64;
    /** BCrypt reads at most 72 bytes; anything after them would be ignored (see {@link MaxLengthPasswordEncoder}). */
    static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private PasswordPolicy() {
    }

    /**
     * Refuses the password with a {@link RuleViolationException} on {@code field}, saying what to do instead.
     *
     * @param personal the person's username, e-mail address and name (any may be null)
     */
    static void check(String field, String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            throw new RuleViolationException(field, "Use at least " + MIN_CHARACTERS + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_CHARACTERS) {
            throw new RuleViolationException(field, "Use at most " + MAX_CHARACTERS + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolationException(field, "That is too long to store safely: accented letters, symbols and "
                    + "emoji count double or more. Use fewer of them, or a shorter password (at most " + MAX_BYTES
                    + " bytes in UTF-8).");
        }
        if (password.codePoints().distinct().count() == 1) {
            throw new RuleViolationException(field, "One character repeated is among the first passwords anyone tries. "
                    + "Choose another; a phrase of a few words is easy to remember.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            throw new RuleViolationException(field, "That is one of the most common passwords, among the first anyone "
                    + "tries. Choose another; a phrase of a few words is easy to remember.");
        }
        String stem = stem(lower);
        for (String word : personalWords(personal)) {
            if (lower.strip().equals(word) || stem.equals(stem(word))) {
                throw new RuleViolationException(field, "Your password cannot be your username, e-mail address or name, "
                        + "nor the name of Cadence.");
            }
        }
    }

    /** The word without the digits, symbols and spaces people add at the end ("maya2026!" → "maya"). */
    private static String stem(String word) {
        return word.strip().replaceAll("[\\d\\p{Punct}\\s]+$", "");
    }

    /** The words a guesser tries first for this person: theirs, and the application's name. */
    private static Set<String> personalWords(String... personal) {
        Set<String> words = new HashSet<>();
        words.add("cadence");
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String lower = value.strip().toLowerCase(Locale.ROOT);
            words.add(lower);
            words.add(lower.replaceAll("\\s+", ""));
            int at = lower.indexOf('@');
            if (at > 0) {
                words.add(lower.substring(0, at));
            }
        }
        words.removeIf(word -> stem(word).isEmpty());
        return words;
    }

    /** The list, read once on first use (about 10,000 short strings). */
    private static final class Common {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
            Objects.requireNonNull(in, COMMON_PASSWORDS + " is missing from the classpath");
            Set<String> passwords = new HashSet<>(16_384);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty() && !line.startsWith("# ")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
