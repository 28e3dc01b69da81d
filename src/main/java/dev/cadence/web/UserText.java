package dev.cadence.web;

import java.util.Locale;

/**
 * Text people type into forms: trimmed, bounded, required where it must be; and searched for as typed.
 * <p>
 * Text is letters, digits, punctuation, spaces, tabs and line breaks. Any other control character
 * (NUL, escape, delete, the C1 controls) is refused with a message, wherever text enters: every form
 * field, query parameter, path variable and header a handler binds ({@link RefusalAdvice}'s binder),
 * every string of a JSON body ({@code WebConfiguration}), each cell of a CSV import. Nothing is stripped
 * silently: what is stored is what was typed.
 */
public final class UserText {

    private UserText() {
    }

    /** The position (from 0) of the first control character other than tab, line feed and carriage return; -1 when none. */
    public static int firstControlCharacter(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The text as it is, or refused (on {@code field}) when it holds a control character other than tab and line breaks. */
    public static String requireNoControlCharacters(String text, String field) {
        int at = firstControlCharacter(text);
        if (at >= 0) {
            throw new RuleViolationException(field, controlCharacterMessage(text, at));
        }
        return text;
    }

    /** "Remove the control character U+0000 (character 6): …". */
    static String controlCharacterMessage(String text, int at) {
        return String.format("Remove the invisible control character U+%04X (character %d): text takes letters, digits, "
                + "punctuation, tabs and line breaks.", (int) text.charAt(at), at + 1);
    }

    /** The text trimmed, or {@code null} when there is none; refused (on {@code field}) when longer than {@code max}. */
    public static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = requireNoControlCharacters(text, field).strip();
        if (t.length() > max) {
            throw new RuleViolationException(field, "Keep this under " + max + " characters (it has " + t.length() + ").");
        }
        return t;
    }

    /** Like {@link #optional}, but an empty text is refused with {@code whenEmpty}. */
    public static String required(String text, int max, String field, String whenEmpty) {
        String t = optional(text, max, field);
        if (t == null) {
            throw new RuleViolationException(field, whenEmpty);
        }
        return t;
    }

    /**
     * A case-insensitive SQL {@code like} pattern that finds the text anywhere, with {@code %}, {@code _}
     * and {@code \} taken literally (compare with {@code lower(column) like :pattern}).
     */
    public static String containsPattern(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
