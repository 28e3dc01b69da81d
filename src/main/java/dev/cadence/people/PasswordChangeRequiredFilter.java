package dev.cadence.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who signed in with a one-time password sees nothing but the page where they choose
 * their own password.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String ACCOUNT_PATH = "/account";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CadenceUser user && user.mustChangePassword()
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            PageRedirect.send(request, response, ACCOUNT_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(ACCOUNT_PATH) || path.equals(ACCOUNT_PATH + "/password") || path.equals("/logout") || path.startsWith("/assets/")
                || path.startsWith("/webjars/") || path.startsWith("/error")
                || path.startsWith("/actuator/health");
    }
}
