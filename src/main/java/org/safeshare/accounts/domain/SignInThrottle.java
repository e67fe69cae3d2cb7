package org.safeshare.accounts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed sign-ins one network address may make in a window, so that guessing across many accounts (which
 * per-account pauses cannot see) is slowed too. The failures themselves are counted in PostgreSQL, shared by every
 * instance of the service.
 */
public record SignInThrottle(int maxFailures, Duration window) {

    /** The earliest failure that still counts at {@code now}. */
    public Instant countsFrom(Instant now) {
        return now.minus(window);
    }

    public boolean allows(int failuresInWindow) {
        return failuresInWindow < maxFailures;
    }
}
