package org.safeshare.accounts.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Compares a password with its hash on a few platform threads of its own (one fewer than the cores), never on the
 * request's thread. A bcrypt comparison is tens of milliseconds of CPU: when requests ran on virtual threads, a burst of
 * sign-ins took every carrier, and the requests that held the pool's database connections could not run to release
 * them, so other requests waited 30 s for a connection and failed (docs/performance.md). Requests now run on platform
 * threads (ADR 0028); bounding the comparisons still leaves a core to the requests that hold connections. The
 * comparison itself is unchanged: same hash, same cost, the same work for every answer.
 */
@Component
class PasswordChecks implements AutoCloseable {

    private final PasswordEncoder passwords;
    private final ExecutorService checkers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            Thread.ofPlatform().name("password-check-", 0).daemon().factory());

    PasswordChecks(PasswordEncoder passwords) {
        this.passwords = passwords;
    }

    /** Whether the password matches the hash; call it with no transaction open, so no connection waits on it. */
    boolean matches(String password, String hash) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A connection held through a bcrypt comparison is the shortage this class exists to prevent.
            throw new IllegalStateException("A password is never checked inside a transaction");
        }
        Future<Boolean> check = checkers.submit(() -> passwords.matches(password, hash));
        try {
            return check.get();
        } catch (InterruptedException e) {
            check.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking a password", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The password check failed", e.getCause());
        }
    }

    @Override
    public void close() {
        checkers.shutdownNow();
    }
}
