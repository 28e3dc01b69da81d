package dev.cadence.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place a refused page request is answered; nothing was changed. A rule (422) or a conflict
 * with someone else's change (409) comes back as the handler declared with {@link OnRefusal}: the
 * form again, in place for htmx, with every error beside its field; or a flash after a redirect. An
 * htmx request with no form to show gets the message alone, not swapped, and the page shows it beside
 * what was clicked.
 * API controllers answer problem+json from their own advice, which takes precedence.
 */
@ControllerAdvice
class RefusalAdvice {

    private static final Logger log = LoggerFactory.getLogger(RefusalAdvice.class);

    static final String MESSAGE_VIEW = "fragments/forms :: refusal";
    static final String REFUSED_EVENT = "cadence:refused";

    /**
     * A value that could not be read ("abc" for a number) keeps the reader's own message (a
     * {@link RuleViolationException} from a formatter such as {@link NumberFormatter}), beside its field.
     */
    @InitBinder
    void readableTypeMismatches(WebDataBinder binder) {
        binder.setBindingErrorProcessor(READABLE_TYPE_MISMATCHES);
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
            // Exception handlers skip the advice's model attributes; the layout still needs who is signed in.
            form.addObject(LayoutModel.CURRENT_USER, LayoutModel.currentUser(authentication));
            return form;
        }
        if (htmx.isHtmxRequest()) {
            // Nothing is swapped: the page shows the message beside what was clicked (cadence.js, on this event).
            htmxResponse.setReswap(HtmxReswap.none());
            htmxResponse.addTrigger(REFUSED_EVENT);
            ModelAndView message = new ModelAndView(MESSAGE_VIEW, status);
            message.addObject("refusal", refusal.getMessage());
            return message;
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

    private static ModelAndView form(OnRefusal declared, RuntimeException refusal, HttpStatus status, HtmxResponse htmxResponse) {
        BindingResult form = declared.form();
        if (refusal instanceof RuleViolationException violation) {
            FormErrors.reject(form, violation);
        } else if (!(refusal instanceof InvalidFormException)) {
            form.reject("conflict", refusal.getMessage());
        }
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAllAttributes(form.getModel());
        declared.formModel().fill(model, refusal);
        if (declared.target() != null) {
            htmxResponse.setRetarget(declared.target());
            htmxResponse.setReswap(HtmxReswap.outerHtml());
        }
        return new ModelAndView(declared.view(), model, status);
    }

    /** Where a refused full-page action goes: where the handler said, else the page it came from. */
    private static String back(OnRefusal declared, HttpServletRequest request) {
        if (declared != null && declared.redirect() != null) {
            return declared.redirect();
        }
        String back = localPath(request.getHeader("Referer"), request.getServerName(), request.getContextPath());
        String self = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // Never back to the very request that was refused (a page that refuses to show would loop).
        return back.equals(self) ? "/" : back;
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
