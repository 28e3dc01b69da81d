package dev.cadence.web;

import java.util.Locale;

/** Text people type into forms: trimmed, bounded, required where it must be; and searched for as typed. */
public final class UserText {

    private UserText() {
    }

    /** The text trimmed, or {@code null} when there is none; refused (on {@code field}) when longer than {@code max}. */
    public static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
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
