package org.safeshare.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a notification that could not be sent is tried again: after {@code firstWait}, doubling each time up to a day,
 * and no more after {@code maxAttempts}, when it waits for a partnership administrator (the dead-letter page).
 */
public record RetryPolicy(int maxAttempts, Duration firstWait) {

    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    public RetryPolicy {
        if (maxAttempts < 1 || firstWait.isNegative()) {
            throw new IllegalArgumentException("At least one attempt, and no negative wait");
        }
    }

    /** Whether a notification tried this often is left to a person. */
    public boolean givenUp(int attempts) {
        return attempts >= maxAttempts;
    }

    /** Whether a notification tried {@code attempts} times, last at {@code lastAttempt} (if ever), is due again now. */
    public boolean due(int attempts, Instant lastAttempt, Instant now) {
        if (givenUp(attempts)) {
            return false;
        }
        return lastAttempt == null || !now.isBefore(lastAttempt.plus(waitAfter(attempts)));
    }

    /** The wait after this many attempts: doubling, capped at a day. */
    public Duration waitAfter(int attempts) {
        Duration wait = firstWait;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
