package dev.cadence.support;

import dev.cadence.people.CadenceUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls a service as a signed-in person would, with the security context a request would have, so
 * that what reads it (the history's author) sees that person.
 */
public final class AsPerson {

    private AsPerson() {
    }

    public static void run(CadenceUser person, Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** As {@link #run}, returning what the work returns. */
    public static <T> T call(CadenceUser person, java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        run(person, () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
