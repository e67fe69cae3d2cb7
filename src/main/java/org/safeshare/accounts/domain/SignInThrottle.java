package org.safeshare.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles failed sign-ins per network address, so that guessing across many accounts (which
 * per-account lockout cannot see) is slowed too. Held in memory: it protects one running instance.
 */
public final class SignInThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean allows(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() < maxFailures;
        }
    }

    public void recordFailure(String address, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }
}
