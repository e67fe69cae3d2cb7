package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A failure is logged in one line naming where it happened, never with the values in its message. */
@ExtendWith(OutputCaptureExtension.class)
class FailureLoggingTest {

    /** What PostgreSQL says about a failed check: the whole row, personal data included. */
    private static final DataIntegrityViolationException CONSTRAINT = new DataIntegrityViolationException(
            "new row for relation \"people\" violates check constraint; Detail: Failing row contains (Ava, Thompson, 9990000018)");

    @Test
    void anUnexpectedApiFailureIsOneLineWithoutTheDatabaseMessage(CapturedOutput output) {
        var response = new ApiExceptionAdvice().unexpected(CONSTRAINT);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll()).doesNotContain("Thompson").doesNotContain("9990000018").doesNotContain("\tat ")
                .contains("DataIntegrityViolationException");
        assertThat(output.getAll().lines().filter(l -> !l.isBlank())).hasSize(1);
    }

    @Test
    void aFailureEscapingEveryHandlerIsOneLineAndTheErrorPage(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new UnexpectedFailureFilter().doFilter(new MockHttpServletRequest("POST", "/people/new"), response,
                (req, res) -> {
                    throw new ServletException("Request processing failed", CONSTRAINT);
                });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(output.getAll()).doesNotContain("Thompson").doesNotContain("\tat ")
                .contains("DataIntegrityViolationException").contains("FailureLoggingTest");
        assertThat(output.getAll().lines().filter(l -> !l.isBlank())).hasSize(1);
    }
}
