package org.safeshare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches what escapes every other handler (a filter's bug, a page controller's failure) so it is
 * logged in one line by {@link FailureLog} and answered by the error page or problem detail, instead
 * of Tomcat logging the whole exception, whose messages may hold personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnexpectedFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedFailureFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ClientAbortException gone) {
            // The browser went away mid-response: nothing to answer and nothing wrong here.
        } catch (ServletException | IOException | RuntimeException e) {
            Throwable cause = e instanceof ServletException && e.getCause() != null ? e.getCause() : e;
            if (ServiceBusy.causedBy(cause)) {
                log.warn("Answered 503: no database connection became free in time");
                if (!response.isCommitted()) {
                    response.setHeader("Retry-After", ServiceBusy.RETRY_AFTER);
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
                return;
            }
            FailureLog.failed(log, cause);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
