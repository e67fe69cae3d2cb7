package org.safeshare.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Locks an account after repeated wrong passwords, so that a guessed password cannot open records
 * about children (NCSC password guidance: throttle or lock, rather than force complexity).
 */
public record SignInLockout(int maxFailedSignIns, Duration lockoutDuration) {

    public SignInLockout {
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("maxFailedSignIns must be at least 1");
        }
    }

    public boolean isLocked(Optional<Instant> lockedUntil, Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /** The state after one more wrong password. */
    public AfterFailure afterFailure(int failedSoFar, Instant now) {
        int failed = failedSoFar + 1;
        if (failed >= maxFailedSignIns) {
            return new AfterFailure(0, Optional.of(now.plus(lockoutDuration)));
        }
        return new AfterFailure(failed, Optional.empty());
    }

    /** Failed count to store, and the lock to set if this failure crossed the limit. */
    public record AfterFailure(int failedSignIns, Optional<Instant> lockedUntil) {}
}
