package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.domain.ClientAddress;
import org.safeshare.accounts.domain.PasswordPolicy;
import org.safeshare.accounts.domain.SignInLockout;
import org.safeshare.accounts.domain.SignInThrottle;

class SignInRulesTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final SignInLockout lockout = SignInLockout.of(5, Duration.ofMinutes(15));

    private SignInLockout.State failures(SignInLockout.State from, int count, Instant at) {
        SignInLockout.State state = from;
        for (int i = 0; i < count; i++) {
            state = lockout.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void theFifthFailureFromAnAddressPausesItForTheLockoutDuration() {
        SignInLockout.State four = failures(SignInLockout.State.NONE, 4, now);
        assertThat(four.lockedUntil()).isEmpty();
        assertThat(four.justLocked()).isFalse();
        SignInLockout.State fifth = lockout.afterFailure(four, now);
        assertThat(fifth.justLocked()).isTrue();
        assertThat(fifth.lockedUntil()).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(fifth.failures()).isZero();
        assertThat(lockout.isLocked(fifth, now.plusSeconds(899))).isTrue();
        assertThat(lockout.isLocked(fifth, now.plusSeconds(900))).isFalse();
    }

    @Test
    void eachFurtherPauseIsTwiceAsLongUpToADay() {
        SignInLockout.State first = failures(SignInLockout.State.NONE, 5, now);
        Instant later = first.lockedUntil().orElseThrow();
        SignInLockout.State second = failures(first, 5, later);
        assertThat(second.lockedUntil()).contains(later.plus(Duration.ofMinutes(30)));
        assertThat(lockout.pause(3)).isEqualTo(Duration.ofMinutes(60));
        assertThat(lockout.pause(20)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aQuietDayForgivesEarlierFailures() {
        SignInLockout.State first = failures(SignInLockout.State.NONE, 5, now);
        SignInLockout.State nextDay = lockout.afterFailure(first, now.plus(Duration.ofDays(2)));
        assertThat(nextDay.lockouts()).isZero();
        assertThat(nextDay.failures()).isEqualTo(1);
    }

    @Test
    void anIpv6ClientIsKeyedByItsSlash64Network() {
        assertThat(ClientAddress.keyOf("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.keyOf("2001:db8:1:2:bbbb:cccc:dddd:eeee")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.keyOf("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.keyOf("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.keyOf("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.keyOf(null)).isEqualTo("unknown");
    }

    @Test
    void anAddressIsThrottledAfterTooManyFailuresInTheWindow() {
        SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15));
        assertThat(throttle.allows(2)).isTrue();
        assertThat(throttle.allows(3)).isFalse();
        assertThat(throttle.countsFrom(now)).isEqualTo(now.minus(Duration.ofMinutes(15)));
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
