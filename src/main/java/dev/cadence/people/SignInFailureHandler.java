package dev.cadence.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in: {@code ?error}, the same for a wrong password and an
 * unknown name, or {@code ?throttled=N} when the next attempt must wait N minutes. It keeps nothing in a
 * session, so failed sign-ins create none.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = exception instanceof SignInThrottledException throttled
                ? "/login?throttled=" + throttled.minutes()
                : "/login?error";
        redirects.sendRedirect(request, response, target);
    }
}
