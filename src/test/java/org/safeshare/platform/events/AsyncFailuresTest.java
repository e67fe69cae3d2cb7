package org.safeshare.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A listener's asked-for retry is one warning line; an unexpected failure keeps its ERROR and stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class AsyncFailuresTest {

    static final class NotYet extends RuntimeException implements ExpectedFailure {
        NotYet() {
            super("MAIL_NOT_CONFIGURED", null, false, false);
        }
    }

    void on(Object event) {}

    @Test
    void anExpectedFailureIsOneWarningLineAndAnythingElseAnErrorWithItsStack(CapturedOutput output) throws Exception {
        Method listener = AsyncFailuresTest.class.getDeclaredMethod("on", Object.class);

        AsyncFailures.log(new NotYet(), listener);
        assertThat(output.getOut()).contains("WARN").contains("AsyncFailuresTest.on will be retried: MAIL_NOT_CONFIGURED")
                .doesNotContain("ERROR").doesNotContain("\tat ");

        AsyncFailures.log(new IllegalStateException("broken"), listener);
        assertThat(output.getOut()).contains("ERROR").contains("AsyncFailuresTest.on failed").contains("java.lang.IllegalStateException: broken")
                .contains("\tat ");
    }
}
