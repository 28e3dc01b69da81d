package dev.cadence.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Entity versions as HTTP entity tags: a resource read with {@code ETag: "7"} is updated with
 * {@code If-Match: "7"}, and a stale one is refused (412) instead of overwriting someone's change.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names, or {@code null} when there is none. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must carry one ETag as this API sent it, e.g. \"7\"; got " + ifMatch + ".");
        }
    }

    /** Like {@link #expectedVersion}, for updates that must not proceed without it (428). */
    public static long requiredVersion(String ifMatch) {
        Long version = expectedVersion(ifMatch);
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that nobody's change is lost.");
        }
        return version;
    }
}
