package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.domain.TotpCode;

class TotpCodeTest {

    /** RFC 6238 appendix B secret "12345678901234567890" in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator();

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void matchesTheRfc6238TestVectorAtFiftyNineSeconds() {
        // RFC 6238: T=59s gives 94287082 (8 digits); the 6-digit code is its last six digits.
        assertThat(TotpCode.matchingStep("287082", RFC_SECRET, Instant.ofEpochSecond(59), -1, this::code)).hasValue(1);
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWayButNoMore() {
        Instant now = Instant.ofEpochSecond(30L * 1000);
        assertThat(TotpCode.matchingStep(code(RFC_SECRET, 999), RFC_SECRET, now, -1, this::code)).hasValue(999);
        assertThat(TotpCode.matchingStep(code(RFC_SECRET, 1001), RFC_SECRET, now, -1, this::code)).hasValue(1001);
        assertThat(TotpCode.matchingStep(code(RFC_SECRET, 998), RFC_SECRET, now, -1, this::code)).isEmpty();
    }

    @Test
    void aCodeCannotBeUsedTwice() {
        Instant now = Instant.ofEpochSecond(30L * 1000);
        String code = code(RFC_SECRET, 1000);
        assertThat(TotpCode.matchingStep(code, RFC_SECRET, now, 1000, this::code)).isEmpty();
    }

    @Test
    void refusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(TotpCode.matchingStep("28708", RFC_SECRET, now, -1, this::code)).isEmpty();
        assertThat(TotpCode.matchingStep("abcdef", RFC_SECRET, now, -1, this::code)).isEmpty();
        assertThat(TotpCode.matchingStep(null, RFC_SECRET, now, -1, this::code)).isEmpty();
    }
}
