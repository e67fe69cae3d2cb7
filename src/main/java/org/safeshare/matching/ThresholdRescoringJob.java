package org.safeshare.matching;

import java.time.Duration;
import java.util.UUID;
import org.safeshare.matching.ThresholdRescoring.Batch;
import org.safeshare.matching.ThresholdRescoring.Rescored;
import org.safeshare.matching.persistence.RescoringRepository;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through pending re-scoring ({@link ThresholdRescoring}) on one instance at a time: each batch is one transaction
 * holding the job's lock ({@link SingleInstanceJobs}), so a county's pairs never make one long transaction, and a save of
 * the thresholds waits for one batch at most.
 */
@Component
public class ThresholdRescoringJob {

    static final String JOB = "linkage-threshold-rescoring";

    private final ThresholdRescoring rescoring;
    private final RescoringRepository pending;
    private final SingleInstanceJobs jobs;
    private final TransactionTemplate transaction;
    private final int batch;

    ThresholdRescoringJob(ThresholdRescoring rescoring, RescoringRepository pending, SingleInstanceJobs jobs, TransactionTemplate transaction,
            @Value("${safeshare.matching.job-batch:200}") int batch) {
        this.rescoring = rescoring;
        this.pending = pending;
        this.jobs = jobs;
        this.transaction = transaction;
        this.batch = batch;
    }

    /** Batches until nothing is pending or the time is up; how many pairs it scored (-1: another instance holds the job). */
    public int run(Duration budget) {
        return (int) Math.min(Integer.MAX_VALUE, runFor(budget).scored());
    }

    /** The same, with what changed: tests and the log read it. */
    Batch runFor(Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int scored = 0;
        Rescored rescored = Rescored.NONE;
        boolean allFinished = true;
        for (UUID partnership : transaction.execute(t -> pending.partnershipsPending())) {
            boolean finished = false;
            while (!finished && System.nanoTime() < until) {
                java.util.Optional<Batch> done = jobs.runAloneForResult(JOB, () -> rescoring.nextBatch(partnership, batch));
                if (done.isEmpty()) {
                    return new Batch(scored == 0 ? -1 : scored, rescored, false);
                }
                scored += done.get().scored();
                rescored = rescored.plus(done.get().rescored());
                finished = done.get().finished();
            }
            allFinished &= finished;
        }
        return new Batch(scored, rescored, allFinished);
    }
}
