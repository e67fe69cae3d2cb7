package org.safeshare.accounts.domain;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * RFC 6238 time-based one-time codes: 30-second steps, one step of clock drift either way, and a
 * code's step may be used once only (a code seen over a shoulder cannot be replayed).
 */
public final class TotpCode {

    public static final int PERIOD_SECONDS = 30;

    private TotpCode() {}

    /**
     * The time step the code matches, if it matches one later than the last one used.
     * {@code generator} gives the code for a secret at a time step.
     */
    public static OptionalLong matchingStep(String code, String secret, Instant now, long lastUsedStep,
            BiFunction<String, Long, String> generator) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / PERIOD_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && constantTimeEquals(generator.apply(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
