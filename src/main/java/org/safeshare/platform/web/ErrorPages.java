package org.safeshare.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that escapes a controller lands here: API callers get RFC 9457 problem details,
 * people get an accessible GOV.UK error page. Neither ever shows a stack trace or exception message.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (status.is4xxClientError()) {
            // 5xx were logged where they were caught (UnexpectedFailureFilter, ApiExceptionAdvice).
            log.info("Refused with {}", status.value());
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : "";
        if (path.startsWith("/api/") || !acceptsHtml(request)) {
            ProblemDetail problem = Problems.of(status, Problems.defaultDetail(status));
            problem.setInstance(URI.create(path.isEmpty() ? "/" : path));
            ModelAndView body = new ModelAndView(new ProblemView(json, problem));
            body.setStatus(status);
            return body;
        }
        String view = switch (status) {
            case NOT_FOUND, FORBIDDEN, BAD_REQUEST, CONTENT_TOO_LARGE -> "error/" + status.value();
            case METHOD_NOT_ALLOWED -> "error/404";
            case SERVICE_UNAVAILABLE -> "error/503";
            default -> "error/500";
        };
        return new ModelAndView(view, status);
    }

    /** A form sent without a valid CSRF token: usually a page left open past the session timeout. */
    @RequestMapping("/error/form-expired")
    ModelAndView formExpired() {
        return new ModelAndView("error/form-expired", HttpStatus.FORBIDDEN);
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for directly rather than reached through an error: there is no page at this address.
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
