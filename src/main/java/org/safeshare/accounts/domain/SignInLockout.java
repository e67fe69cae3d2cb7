package org.safeshare.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pauses sign-in to one account from one client address after repeated wrong passwords or codes, for
 * longer each time (exponential backoff), so a guessed password cannot open records about children
 * (NCSC password guidance: throttle or lock rather than force complexity). Keyed by account and
 * address, not by account alone, so that someone who only knows an email address cannot lock its
 * owner out (OWASP ASVS 5.0 chapter 6: lockout that is not itself a denial of service).
 */
public record SignInLockout(int maxFailedSignIns, Duration firstLockout, Duration longestLockout) {

    public SignInLockout {
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("maxFailedSignIns must be at least 1");
        }
        if (longestLockout.compareTo(firstLockout) < 0) {
            longestLockout = firstLockout;
        }
    }

    /** The standard policy: the longest pause is a day, or the first pause if that is longer. */
    public static SignInLockout of(int maxFailedSignIns, Duration firstLockout) {
        return new SignInLockout(maxFailedSignIns, firstLockout, Duration.ofDays(1));
    }

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil().map(now::isBefore).orElse(false);
    }

    /** The state after one more failure; {@link State#justLocked} says whether this one set a pause. */
    public State afterFailure(State before, Instant now) {
        State current = isStale(before, now) ? State.NONE : before;
        int failures = current.failures() + 1;
        if (failures < maxFailedSignIns) {
            return new State(failures, current.lockouts(), current.lockedUntil(), false, Optional.of(now));
        }
        int lockouts = current.lockouts() + 1;
        return new State(0, lockouts, Optional.of(now.plus(pause(lockouts))), true, Optional.of(now));
    }

    /** The pause after the n-th lockout: the first pause doubled n - 1 times, up to the longest. */
    public Duration pause(int lockouts) {
        Duration pause = firstLockout;
        for (int i = 1; i < lockouts && pause.compareTo(longestLockout) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestLockout) > 0 ? longestLockout : pause;
    }

    /** A quiet day after the last failure forgives the earlier ones, so backoff does not grow for ever. */
    private boolean isStale(State state, Instant now) {
        return !isLocked(state, now) && state.lastFailure().map(t -> t.plus(longestLockout).isBefore(now)).orElse(true);
    }

    /** Failures since the last pause, pauses so far, the current pause and when the last failure was. */
    public record State(int failures, int lockouts, Optional<Instant> lockedUntil, boolean justLocked, Optional<Instant> lastFailure) {

        public static final State NONE = new State(0, 0, Optional.empty(), false, Optional.empty());
    }
}
