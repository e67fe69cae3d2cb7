package org.safeshare.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;

/**
 * Answers what Tomcat refuses before Spring sees the request (an over-long address, an encoded NUL or
 * slash in the path, a control character in a header) with a GOV.UK page, or a problem detail under
 * /api/, instead of Tomcat's own page. Errors Spring has already answered have a body and pass through.
 */
public class RefusalReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(RefusalReportValve.class);
    private static final String PAGE = page();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(code);
        String requestId = UUID.randomUUID().toString();
        logOnce(requestId, status, throwable);
        boolean api = rawPath(request).startsWith("/api/");
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("utf-8");
            response.setHeader("X-Request-Id", requestId);
            response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status) : html(status, requestId));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is closing; nothing more can be said to the caller.
        }
    }

    private static void logOnce(String requestId, HttpStatus status, Throwable throwable) {
        MDC.put("requestId", requestId);
        try {
            if (status.is5xxServerError() && throwable != null) {
                FailureLog.failed(log, throwable);
            } else {
                FailureLog.refused(log, status.value(), throwable);
            }
        } finally {
            MDC.remove("requestId");
        }
    }

    /** The path as sent; it may not have been parsed at all when the request line was too long. */
    private static String rawPath(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null ? "" : uri;
    }

    private static String problem(HttpStatus status) {
        return Problems.json(status, detail(status));
    }

    private static String html(HttpStatus status, String requestId) {
        return PAGE.replace("{title}", title(status)).replace("{detail}", detail(status)).replace("{requestId}", requestId);
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "The web address is too long";
            case CONTENT_TOO_LARGE -> "What you sent is too large";
            case NOT_FOUND -> "Page not found";
            default -> status.is5xxServerError() ? "Sorry, there is a problem with the service" : "There is a problem with your request";
        };
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "The address or the request headers are longer than Safeshare accepts.";
            case CONTENT_TOO_LARGE -> "The request is larger than Safeshare accepts.";
            case NOT_FOUND -> Problems.defaultDetail(status);
            default -> status.is5xxServerError() ? Problems.defaultDetail(status)
                    : "The request could not be understood: the address or a header holds characters that are not allowed.";
        };
    }

    private static String page() {
        try (InputStream in = RefusalReportValve.class.getResourceAsStream("/platform/refusal.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
