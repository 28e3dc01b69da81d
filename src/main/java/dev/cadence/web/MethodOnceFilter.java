package dev.cadence.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter before Spring MVC: hands it a request whose HTTP method is read once. Spring MVC's handler lookup
 * asks a request for its method once or twice for each of the ~220 mappings it tries (a path with a variable, such as
 * {@code /meetings/22}, matches none directly), and each ask passed through the ten or so wrappers that the session,
 * security and resource filters put around the request: about a tenth of a light page's CPU.
 */
@Configuration(proxyBeanMethods = false)
class MethodOnceFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> methodReadOnce() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new MethodReadOnce(request), response);
            }
        });
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setName("methodReadOnce");
        return registration;
    }

    private static final class MethodReadOnce extends HttpServletRequestWrapper {

        private final String method;

        MethodReadOnce(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
