package dev.cadence.api;

import dev.cadence.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any API request no feature's handler takes, as a problem rather than the HTML error page. Catching
 * {@code /api/**} hides why Spring found no handler, so it is told again, as Spring MVC would tell it: a path
 * that exists but not for this method is 405 (with {@code Allow}), one whose handler does not read this
 * content type is 415 (with {@code Accept}), and only a path nothing serves is 404.
 */
@RestController
class ApiFallbackController {

    private final RequestMappingHandlerMapping mappings;

    ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException, HttpMediaTypeNotSupportedException {
        List<RequestMappingInfo> samePath = mappings.getHandlerMethods().entrySet().stream()
                .filter(handler -> ClassUtils.getUserClass(handler.getValue().getBeanType()) != ApiFallbackController.class)
                .map(handler -> handler.getKey())
                .filter(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getMatchingCondition(request) != null)
                .toList();
        if (!samePath.isEmpty()) {
            List<RequestMappingInfo> sameMethod = samePath.stream()
                    .filter(info -> info.getMethodsCondition().getMatchingCondition(request) != null).toList();
            if (sameMethod.isEmpty()) {
                Set<String> allowed = new TreeSet<>();
                samePath.forEach(info -> info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
                throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
            }
            if (sameMethod.stream().noneMatch(info -> info.getConsumesCondition().getMatchingCondition(request) != null)) {
                List<MediaType> readable = sameMethod.stream()
                        .flatMap(info -> info.getConsumesCondition().getConsumableMediaTypes().stream()).distinct().toList();
                throw unsupported(request, readable);
            }
        }
        throw new NotFoundException("There is no API resource at " + request.getRequestURI() + ".");
    }

    private static HttpMediaTypeNotSupportedException unsupported(HttpServletRequest request, List<MediaType> readable) {
        MediaType sent = null;
        if (StringUtils.hasLength(request.getContentType())) {
            try {
                sent = MediaType.parseMediaType(request.getContentType());
            } catch (InvalidMediaTypeException e) {
                return new HttpMediaTypeNotSupportedException(e.getMessage(), readable);
            }
        }
        return new HttpMediaTypeNotSupportedException(sent, readable, HttpMethod.valueOf(request.getMethod()));
    }
}
