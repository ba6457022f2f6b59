package org.iops.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Map;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.shared.TooManyRequestsException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the site's layout, in the reader's language, never with a stack trace. A 500 page shows a
 * reference that is also in the log, so an operator can find what went wrong.
 */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final SecureRandom random = new SecureRandom();
    /** A request attribute naming the message of the error page ({@code error.<kind>.title}), when not by status. */
    static final String KIND = ErrorPages.class.getName() + ".kind";
    /** {@code RequestDispatcher.ERROR_METHOD} of Servlet 6.1, which Tomcat 11 sets. */
    private static final String ERROR_METHOD = "jakarta.servlet.error.method";
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PageContextFactory pages;

    ErrorPages(PageContextFactory pages) {
        this.pages = pages;
    }

    /** Errors the servlet container reports (unknown URLs, failed filters, a body over the server's limit). */
    @RequestMapping("/error")
    ModelAndView containerError(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for by its address, with no error to report, it is not a page
        int status = code instanceof Integer i ? i : request.getDispatcherType() == DispatcherType.ERROR ? 500 : 404;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Integer refused = refusedRequest(failure);
        if (refused != null) {
            return refused(request, response, refused, failure);
        }
        return page(request, response, status, failure);
    }

    /** Spring Security's access-denied page, for example after a forged or expired CSRF token. */
    @RequestMapping("/error/{status}")
    ModelAndView statusPage(@PathVariable String status, HttpServletRequest request, HttpServletResponse response) {
        int code = status.matches("[45]\\d\\d") ? Integer.parseInt(status) : 404;
        return page(request, response, code, null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView exception(Exception exception, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception; // Spring Security answers these: a login redirect or a 403
        }
        boolean notFound = notFound(exception);
        Integer refused = notFound ? null : refusedRequest(exception);
        if (refused != null) {
            return refused(request, response, refused, exception);
        }
        int status;
        if (notFound) {
            status = 404;
        } else if (exception instanceof ForbiddenException) {
            status = 403;
        } else if (exception instanceof TooManyRequestsException tooMany) {
            status = 429;
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
        } else if (exception instanceof ErrorResponse errorResponse) {
            status = errorResponse.getStatusCode().value();
        } else {
            status = 500;
        }
        return page(request, response, status, status >= 500 ? exception : null);
    }

    /**
     * The status for a request that was malformed rather than a failure of ours: a value of the wrong type in the
     * address or a parameter (400), a body Tomcat would not parse (413 when over its size limit, else 400), a body
     * that could not be read (400). Null for anything else.
     */
    private static @Nullable Integer refusedRequest(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                return invalid.getErrorCode() == 413 ? 413 : 400;
            }
            if (t instanceof TypeMismatchException || t instanceof HttpMessageNotReadableException) {
                return 400;
            }
        }
        return null;
    }

    /**
     * Something the request names does not exist, also when a converter found so: an id in the address that cannot
     * be one ({@code @PathVariable UnitId id} given "zzz", see {@link org.iops.shared.MalformedIdException}) comes
     * wrapped in a type mismatch, and to the reader it is a page that does not exist, not a bad request.
     */
    private static boolean notFound(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** A refused request: its 4xx page and one line in the log, without a stack trace. */
    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, int status,
            Throwable failure) {
        log.warn("Refused {} {} with {}: {}", method(request), uri(request), status, failure.getClass().getSimpleName());
        return page(request, response, status, null);
    }

    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status,
            @Nullable Throwable failure) {
        String reference = null;
        if (status >= 500) {
            reference = newReference();
            log.error("Error {} on {} {} (reference {})", status, method(request), uri(request), reference, failure);
        }
        response.setStatus(status);
        String kind = request.getAttribute(KIND) instanceof String chosen ? chosen : switch (status) {
            case 400, 403, 404, 405, 413, 429 -> Integer.toString(status);
            default -> status >= 500 ? "500" : "400";
        };
        HttpStatus httpStatus = HttpStatus.resolve(status);
        ModelAndView view = new ModelAndView("web/error", Map.of(
                "page", pages.of(request),
                "status", status,
                "kind", kind,
                "reference", reference == null ? "" : reference));
        view.setStatus(httpStatus == null ? HttpStatus.INTERNAL_SERVER_ERROR : httpStatus);
        return view;
    }

    /** The method the client used: an error dispatch itself is a GET (Servlet 6.1), the original is kept aside. */
    private static String method(HttpServletRequest request) {
        return request.getAttribute(ERROR_METHOD) instanceof String original ? original : request.getMethod();
    }

    private static String uri(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri : request.getRequestURI();
    }

    private static String newReference() {
        StringBuilder reference = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
