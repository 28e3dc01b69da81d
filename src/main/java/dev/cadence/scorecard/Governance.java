package dev.cadence.scorecard;

import dev.cadence.history.ChangeSet;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Rules shared by the governed things of the scorecard: definitions and glossary terms. */
final class Governance {

    /** A key: stable and URL-safe. */
    static final String KEY_PATTERN = "[a-z0-9][a-z0-9-]{0,59}";
    static final String KEY_MESSAGE =
            "A key is 1 to 60 lowercase letters, digits and dashes, starting with a letter or digit, e.g. win-rate.";
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private Governance() {
    }

    static String requireKey(String key) {
        String k = key == null ? "" : key.trim();
        if (!KEY.matcher(k).matches()) {
            throw new RuleViolationException("key", KEY_MESSAGE);
        }
        return k;
    }

    static void requireText(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, message);
        }
        UserText.requireNoControlCharacters(value, field);
        if (value.trim().length() > max) {
            throw new RuleViolationException(field, "Keep it under " + String.format("%,d", max) + " characters.");
        }
    }

    /**
     * The refusal of a stale edit: what the others saved since the editor's version, so that nothing
     * of either edit is lost silently.
     */
    static StaleEditException staleEdit(String thing, List<ChangeSet> history, long currentVersion, long expectedVersion) {
        int missed = (int) Math.max(1, Math.min(history.size(), currentVersion - expectedVersion));
        StringBuilder message = new StringBuilder("Someone saved this " + thing
                + " while you were editing, so your changes were not saved. ");
        for (ChangeSet set : history.subList(history.size() - missed, history.size())) {
            message.append(set.author()).append(" changed ");
            message.append(set.changes().stream().map(c -> c.field() + " from \"" + dash(c.from()) + "\" to \""
                    + dash(c.to()) + "\"").collect(Collectors.joining("; "))).append(". ");
        }
        message.append("Your edit is still in the form: review it against theirs and save again.");
        return new StaleEditException(message.toString());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
