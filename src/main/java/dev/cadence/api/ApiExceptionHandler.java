package dev.cadence.api;

import dev.cadence.web.BoundInput;
import dev.cadence.web.ConflictException;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of an API controller as {@code application/problem+json}: Spring MVC's own (bad
 * JSON, wrong type, 428 and the like, from the superclass) and the product's rules. Pages are
 * {@code @Controller}s and keep their HTML error handling.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), request);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    /** A version named by If-Match (or read just before) is no longer the stored one. */
    @ExceptionHandler
    ProblemDetail stale(StaleEditException e, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, e.getMessage(), request);
    }

    /**
     * A save that lost a race nothing serialized (the version check at the write, a deadlock broken by the
     * database): refused like a stale one, never a 500. Services lock what they check first, so this is the
     * safety net; it is logged, because it means a lock is missing.
     */
    @ExceptionHandler
    ProblemDetail lostRace(ConcurrencyFailureException e, HttpServletRequest request) {
        log.warn("API request {} {} lost a race with another save and was refused: {}", request.getMethod(),
                request.getRequestURI(), e.getMessage());
        return stale(StaleEditException.lostRace(), request);
    }

    /** Two saves of the same unique thing at once: the one the database refused is a conflict (409). */
    @ExceptionHandler
    ProblemDetail duplicate(DataIntegrityViolationException e, HttpServletRequest request) {
        return ConflictException.ofDuplicate(e).map(duplicate -> conflict(duplicate, request))
                .orElseGet(() -> unexpected(e, request));
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), request);
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    /** A header or address with a character the firewall refuses (a NUL in {@code If-Match}). */
    @ExceptionHandler
    ProblemDetail rejected(RequestRejectedException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, BoundInput.message(e), request);
    }

    /** A parameter, path variable or header that cannot be read: 400 naming it, with what to send instead. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BoundInput.message(e));
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            problem.setProperty("field", mismatch.getName());
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * A body that is not the JSON asked for: 400, naming the field when one is wrong. A string refused
     * where text enters (a control character, see {@code web.UserText}) is a rule, 422 with its field,
     * as any other refused field.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof JacksonException json ? path(json) : null;
        HttpStatus answer = HttpStatus.BAD_REQUEST;
        String detail;
        if (e.getMostSpecificCause() instanceof RuleViolationException refused) {
            answer = HttpStatus.UNPROCESSABLE_CONTENT;
            detail = (field == null ? "" : "In \"" + field + "\": ") + refused.getMessage();
        } else if (e.getCause() instanceof MismatchedInputException mismatch && field != null) {
            detail = "\"" + field + "\" must be " + BoundInput.expected(mismatch.getTargetType()) + ".";
        } else if (e.getCause() instanceof StreamReadException unreadable) {
            detail = "The body is not valid JSON: " + unreadable.getOriginalMessage();
        } else {
            detail = "Send a JSON body, as the API documentation shows.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(answer, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return handleExceptionInternal(e, problem, headers, answer, request);
    }

    /** Where in the body: {@code value}, {@code assignments[0].role}. */
    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.", request);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
