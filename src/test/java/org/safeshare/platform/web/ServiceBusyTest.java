package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** A request that found no free database connection in time is answered 503 with Retry-After, not 500. */
class ServiceBusyTest {

    private static MockHttpServletResponse answerTo(RuntimeException failure) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (request, ignored) -> {
            throw failure;
        };
        new UnexpectedFailureFilter().doFilter(new MockHttpServletRequest("GET", "/people"), response, chain);
        return response;
    }

    @Test
    void aTimedOutWaitForAConnectionIsAnswered503WithRetryAfter() throws Exception {
        // What Spring Session and every transaction throw when Hikari's connection timeout passes.
        MockHttpServletResponse response = answerTo(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("safeshare - Connection is not available, request timed out after 30000ms")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ServiceBusy.RETRY_AFTER);
    }

    @Test
    void anyOtherFailureIsStillA500() throws Exception {
        assertThat(answerTo(new IllegalStateException("a bug")).getStatus()).isEqualTo(500);
    }
}
