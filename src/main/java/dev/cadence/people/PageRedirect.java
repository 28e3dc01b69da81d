package dev.cadence.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Sends a browser to another page: a full page by a redirect, an htmx request by {@code HX-Redirect}
 * (htmx would follow a redirect itself and swap the page it gets into a fragment). As Spring Security's
 * strategy for a session that was ended (an administrator deactivated the person or changed their
 * access, on any node), it sends them to the sign-in page that says so.
 */
final class PageRedirect implements SessionInformationExpiredStrategy {

    private static final String SESSION_ENDED = "/login?expired";

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        send(event.getRequest(), event.getResponse(), SESSION_ENDED);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }
}
