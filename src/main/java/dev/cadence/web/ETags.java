package dev.cadence.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Entity versions as HTTP entity tags: a resource read with {@code ETag: "7"} is updated with
 * {@code If-Match: "7"}, and a stale one is refused (412) instead of overwriting someone's change. Only a
 * strong tag is compared: a weak one ({@code W/"7"}) never matches (RFC 9110), so it is refused (412) too.
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
            // RFC 9110, 13.1.1: If-Match compares strongly, and a weak tag never matches strongly.
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match names the weak validator " + tag
                    + ", but weak validators can't be used for If-Match: send the strong ETag as this API sent it, e.g. \""
                    + tag.substring(2).replace("\"", "") + "\".");
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
