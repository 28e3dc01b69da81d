package dev.cadence.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Sessions are kept by Spring Session and found by their cookie, never by the servlet container's
 * session that MockMvc's {@code .session(…)} sets. So a request given a session from {@link SignIn}
 * also carries its cookie, as a browser's would: tests keep writing {@code .session(session)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookies {

    @Bean
    MockMvcBuilderCustomizer sessionCookieFromSignIn() {
        return builder -> builder.defaultRequest(get("/").with(request -> {
            if (request.getSession(false) instanceof SignIn.SignedInSession signedIn) {
                Cookie[] others = request.getCookies() == null ? new Cookie[0] : request.getCookies();
                request.setCookies(Stream.concat(Arrays.stream(others)
                                .filter(c -> !c.getName().equals(SignIn.SESSION_COOKIE)), Stream.of(signedIn.cookie()))
                        .toArray(Cookie[]::new));
            }
            return request;
        }));
    }
}
