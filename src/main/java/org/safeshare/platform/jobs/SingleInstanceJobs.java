package org.safeshare.platform.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance at a time, however many instances share the database
 * (docs/operations.md): the job runs inside a transaction holding a PostgreSQL advisory lock named after it,
 * and an instance that finds the lock taken skips this turn rather than queueing behind it. A transaction-level
 * lock is released by commit, rollback or a lost connection, so a crashed instance never keeps it, and it
 * works through PgBouncer in transaction pooling mode, where a session-level lock would not.
 */
@Component
public class SingleInstanceJobs {

    /** The first half of every job lock's key, so job locks never meet other advisory locks (one-bigint keys). */
    private static final int SAFESHARE_JOBS = 0x5AFE_0B5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SingleInstanceJobs(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs the job unless another instance (or connection) is running the job of that name now; answers whether
     * it ran. What the job writes in a transaction that joins this one commits with the lock's release.
     */
    public boolean runAlone(String job, Runnable work) {
        return runAloneForResult(job, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * {@link #runAlone(String, Runnable)} for a job that answers what it did (never null), so that the caller needs no
     * holder for the answer: empty when another instance (or connection) is running the job of that name now.
     */
    public <T> java.util.Optional<T> runAloneForResult(String job, java.util.function.Supplier<T> work) {
        return transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:jobs, hashtext(:job))")
                    .param("jobs", SAFESHARE_JOBS).param("job", job).query(Boolean.class).single();
            return locked ? java.util.Optional.of(work.get()) : java.util.Optional.<T>empty();
        });
    }
}
