package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.domain.PasswordPolicy;
import org.safeshare.accounts.domain.SignInLockout;
import org.safeshare.accounts.domain.SignInThrottle;

class SignInRulesTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final SignInLockout lockout = new SignInLockout(5, Duration.ofMinutes(15));

    @Test
    void theFifthWrongPasswordLocksTheAccountForTheLockoutDuration() {
        assertThat(lockout.afterFailure(3, now).lockedUntil()).isEmpty();
        SignInLockout.AfterFailure fifth = lockout.afterFailure(4, now);
        assertThat(fifth.lockedUntil()).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(fifth.failedSignIns()).isZero();
    }

    @Test
    void aLockExpiresAtItsEnd() {
        Optional<Instant> until = Optional.of(now.plusSeconds(60));
        assertThat(lockout.isLocked(until, now)).isTrue();
        assertThat(lockout.isLocked(until, now.plusSeconds(60))).isFalse();
        assertThat(lockout.isLocked(Optional.empty(), now)).isFalse();
    }

    @Test
    void anAddressIsThrottledAfterTooManyFailuresAndFreedWhenTheWindowPasses() {
        SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("10.0.0.1", now)).isTrue();
            throttle.recordFailure("10.0.0.1", now);
        }
        assertThat(throttle.allows("10.0.0.1", now)).isFalse();
        assertThat(throttle.allows("10.0.0.2", now)).isTrue();
        assertThat(throttle.allows("10.0.0.1", now.plus(Duration.ofMinutes(16)))).isTrue();
    }

    @Test
    void passwordsMustBeLongAndNotCommon() {
        assertThat(PasswordPolicy.problemWith("")).contains("Enter a password");
        assertThat(PasswordPolicy.problemWith("short-pass")).contains("Password must be 12 characters or more");
        assertThat(PasswordPolicy.problemWith("Password1234")).contains("Choose a password that is harder to guess");
        assertThat(PasswordPolicy.problemWith("x".repeat(129))).isPresent();
        assertThat(PasswordPolicy.problemWith("correct horse battery")).isEmpty();
    }
}
