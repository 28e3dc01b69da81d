package dev.cadence.api;

import dev.cadence.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any API path no feature answers: a 404 problem, not the HTML error page. */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("There is no API resource at " + request.getRequestURI() + ".");
    }
}
