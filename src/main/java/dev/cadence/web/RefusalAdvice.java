package dev.cadence.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

/**
 * The one place a refused page request is answered; nothing was changed. A rule (422) or a conflict
 * with someone else's change (409) comes back as the handler declared with {@link OnRefusal}: the
 * form again, in place for htmx, with every error beside its field; or a flash after a redirect. An
 * htmx request with no form to show gets the message alone, not swapped, and the page shows it beside
 * what was clicked; a page that cannot be shown as asked (a GET) answers the error page with the message.
 * A request that cannot be read (a parameter of the wrong type, a control character, a date out of
 * range: see {@link BoundInput}) answers 400 the same ways, with what was wrong.
 * API controllers answer problem+json from their own advice, which takes precedence.
 */
@ControllerAdvice
class RefusalAdvice {

    private static final Logger log = LoggerFactory.getLogger(RefusalAdvice.class);

    static final String MESSAGE_VIEW = "fragments/forms :: refusal";
    static final String ERROR_VIEW = "error";
    static final String NOT_FOUND_VIEW = "error/404";
    static final String REFUSED_EVENT = "cadence:refused";

    /**
     * Every handler's text and dates are read by {@link BoundInput}. A value that could not be read ("abc"
     * for a number, a control character) keeps the reader's own message (a {@link RuleViolationException}
     * from a formatter such as {@link NumberFormatter}), beside its field.
     */
    @InitBinder
    void readableTypeMismatches(WebDataBinder binder) {
        binder.setBindingErrorProcessor(READABLE_TYPE_MISMATCHES);
        BoundInput.register(binder);
    }

    private static final BindingErrorProcessor READABLE_TYPE_MISMATCHES = new DefaultBindingErrorProcessor() {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            if (ex.getMostSpecificCause() instanceof RuleViolationException readable) {
                result.addError(new FieldError(result.getObjectName(), ex.getPropertyName(), ex.getValue(), true,
                        null, null, readable.getMessage()));
            } else {
                super.processPropertyAccessException(ex, result);
            }
        }
    };

    @ExceptionHandler({RuleViolationException.class, StaleEditException.class, ConflictException.class,
            InvalidFormException.class})
    ModelAndView refused(RuntimeException refusal, HttpServletRequest request, HtmxRequest htmx, HtmxResponse htmxResponse,
                         Authentication authentication) {
        HttpStatus status = refusal instanceof StaleEditException || refusal instanceof ConflictException
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        OnRefusal declared = (OnRefusal) request.getAttribute(OnRefusal.ATTRIBUTE);
        if (declared != null && declared.view() != null && (htmx.isHtmxRequest() || declared.target() == null)) {
            ModelAndView form = form(declared, refusal, status, htmxResponse);
            if (form != null) {
                // Exception handlers skip the advice's model attributes; the layout still needs who is signed in.
                form.addObject(LayoutModel.CURRENT_USER, LayoutModel.currentUser(authentication));
                return form;
            }
        }
        if (htmx.isHtmxRequest()) {
            return message(refusal.getMessage(), status, htmxResponse);
        }
        if (isSafe(request) && (declared == null || declared.redirect() == null)) {
            // A page that cannot be shown as asked (a mistyped period in its address): nothing to go back to.
            return errorPage(refusal.getMessage(), status, authentication);
        }
        RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE, new Flash("error", refusal.getMessage()));
        return new ModelAndView("redirect:" + back(declared, request));
    }

    /**
     * A save that lost a race nothing serialized (Hibernate's version check failed at the write, or the database
     * broke a deadlock): refused like a stale save, never a 500. Services lock what they check first, so this is
     * the safety net; it is logged, because it means a lock is missing.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView lostRace(ConcurrencyFailureException lost, HttpServletRequest request, HtmxRequest htmx,
                          HtmxResponse htmxResponse, Authentication authentication) {
        log.warn("{} {} lost a race with another save and was refused: {}", request.getMethod(), request.getRequestURI(),
                lost.getMessage());
        return refused(StaleEditException.lostRace(), request, htmx, htmxResponse, authentication);
    }

    /** Two saves of the same unique thing at once: the one the database refused is refused like a conflict. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView duplicate(DataIntegrityViolationException violation, HttpServletRequest request, HtmxRequest htmx,
                           HtmxResponse htmxResponse, Authentication authentication) {
        ConflictException duplicate = ConflictException.ofDuplicate(violation).orElseThrow(() -> violation);
        log.warn("{} {} saved a duplicate at the same moment as another save and was refused: {}", request.getMethod(),
                request.getRequestURI(), violation.getMostSpecificCause().getMessage());
        return refused(duplicate, request, htmx, htmxResponse, authentication);
    }

    /**
     * A request that cannot be read as the handler needs it: a parameter, path variable or header of the
     * wrong type or refused by {@link BoundInput} (a control character, a date out of range), a form field
     * of a handler with no form to show again, a form field naming a line its form cannot hold ({@code lines[100000]}), or a
     * parameter that is missing: 400, with what was wrong in words.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MethodArgumentNotValidException.class, RequestRejectedException.class, InvalidPropertyException.class})
    ModelAndView malformed(Exception malformed, HtmxRequest htmx, HtmxResponse htmxResponse, Authentication authentication) {
        String detail = BoundInput.message(malformed);
        return htmx.isHtmxRequest() ? message(detail, HttpStatus.BAD_REQUEST, htmxResponse)
                : errorPage(detail, HttpStatus.BAD_REQUEST, authentication);
    }

    /** What was asked for does not exist (a mistyped key or segment in the address): 404, saying what. */
    @ExceptionHandler
    ModelAndView notFound(NotFoundException notFound, HtmxRequest htmx, HtmxResponse htmxResponse, Authentication authentication) {
        if (htmx.isHtmxRequest()) {
            return message(notFound.getMessage(), HttpStatus.NOT_FOUND, htmxResponse);
        }
        ModelAndView page = errorPage(notFound.getMessage(), HttpStatus.NOT_FOUND, authentication);
        page.setViewName(NOT_FOUND_VIEW);
        return page;
    }

    /** Nothing is swapped: the page shows the message beside what was clicked (cadence.js, on this event). */
    private static ModelAndView message(String text, HttpStatus status, HtmxResponse htmxResponse) {
        htmxResponse.setReswap(HtmxReswap.none());
        htmxResponse.addTrigger(REFUSED_EVENT);
        ModelAndView message = new ModelAndView(MESSAGE_VIEW, status);
        message.addObject("refusal", text);
        return message;
    }

    private static ModelAndView errorPage(String detail, HttpStatus status, Authentication authentication) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("detail", detail);
        page.addObject(LayoutModel.CURRENT_USER, LayoutModel.currentUser(authentication));
        return page;
    }

    private static boolean isSafe(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** The form again with the refusal, or {@code null} when the form's page cannot be filled (it names a thing that does not exist). */
    private static ModelAndView form(OnRefusal declared, RuntimeException refusal, HttpStatus status, HtmxResponse htmxResponse) {
        BindingResult form = declared.form();
        if (refusal instanceof RuleViolationException violation) {
            FormErrors.reject(form, violation);
        } else if (!(refusal instanceof InvalidFormException)) {
            form.reject("conflict", refusal.getMessage());
        }
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAllAttributes(form.getModel());
        try {
            declared.formModel().fill(model, refusal);
        } catch (RuleViolationException | StaleEditException | ConflictException | NotFoundException cannotFill) {
            // e.g. an unknown area id typed into the form: its page cannot be shown, the refusal's message can
            return null;
        }
        if (declared.target() != null) {
            htmxResponse.setRetarget(declared.target());
            htmxResponse.setReswap(HtmxReswap.outerHtml());
        }
        return new ModelAndView(declared.view(), model, status);
    }

    /** Where a refused full-page action goes: where the handler said, else the page it came from. */
    private static String back(OnRefusal declared, HttpServletRequest request) {
        if (declared != null && declared.redirect() != null) {
            return asUri(declared.redirect());
        }
        String back = localPath(request.getHeader("Referer"), request.getServerName(), request.getContextPath());
        String self = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // Never back to the very request that was refused (a page that refuses to show would loop).
        return back.equals(self) ? "/" : back;
    }

    /**
     * A path the handler declared, as a URI: one built from decoded text (a key from the address with a
     * {@code %} or a brace in it) has what a URI cannot hold encoded; a path that is a URI stays as it is.
     */
    static String asUri(String path) {
        try {
            URI.create(path);
            return path;
        } catch (IllegalArgumentException raw) {
            return UriUtils.encodePath(path, StandardCharsets.UTF_8);
        }
    }

    /** The path within this app a Referer names, or Home: never another site. */
    static String localPath(String referer, String serverName, String contextPath) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if ((uri.getHost() == null || uri.getHost().equals(serverName)) && path != null && path.startsWith(contextPath + "/")) {
                String local = path.substring(contextPath.length());
                return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
            }
        } catch (IllegalArgumentException malformed) {
            // Home, below
        }
        return "/";
    }
}
